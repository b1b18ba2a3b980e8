// A name that is both a unit and a natural feature (黄山 is also 黄山市, 巢湖 also 巢湖市) means the
// feature where a word only a mountain, river or lake takes follows it: 黄山西南麓, 巢湖北岸,
// 嫩江流域; so does a feature's name that is also a common word (东滩湿地). The words are data in
// data/landmark-words.json (featureMarkersAfter).
import words from './data/landmark-words.json';
import type { Mention } from './recognize';

const MARKERS = [...words.featureMarkersAfter].sort((a, b) => b.length - a.length);

/** `mentions` with each name that can be a feature and is followed by a feature's word kept as that feature alone. */
export function markFeaturesByFollower(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const features = m.entries.filter((e) => e.target.feature?.level === 'natural');
    if (!features.length || !MARKERS.some((w) => text.startsWith(w, m.end))) return m;
    return { ...m, entries: features, marked: true };
  });
}
