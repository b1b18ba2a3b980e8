// Markdown export: a readable report, one section per page, one line per item.
import type { CollectedItem } from '../collection/item';
import { itemFields, type PlaceLookup } from './fields';
import { appendTo } from '../util/multimap';

/** Backslash-escapes what Markdown would read as formatting or HTML inside a line. */
const escape = (s: string): string => s.replace(/[\\`*_[\]<|]/g, (c) => `\\${c}`).replace(/\n+/g, ' ');

function line(item: CollectedItem, lookup: PlaceLookup): string {
  const f = itemFields(item, lookup);
  const parts = [`**${escape(item.text)}**`];
  if (f.kind === 'figure') {
    parts.push(`${f.type}: ${f.value}${f.high ? `–${f.high}` : ''}${f.unit ? ` ${f.unit}` : ''}${f.approx ? ' (approx.)' : ''}`);
    const about = [f.subjectName && `place: ${escape(f.subjectName)}${f.subjectCode ? ` ${f.subjectCode}` : ''}${f.subjectPath ? ` (${escape(f.subjectPath)})` : ''}`, f.period && `period: ${f.period}`, f.measure && `measure: ${escape(f.measure)}`, f.rates && `rates: ${escape(f.rates)}`];
    parts.push(...about.filter((part): part is string => !!part));
    if (f.sentence) parts.push(`“${escape(f.sentence)}”`);
  }
  else if (f.kind === 'place') parts.push(`${f.type}${f.placeCode ? ` ${f.placeCode}` : ''}${f.path ? `: ${escape(f.path)}` : ''}`);
  else parts.push('passage');
  if (item.note) parts.push(`note: ${escape(item.note)}`);
  if (item.tags.length) parts.push(item.tags.map((t) => `#${escape(t)}`).join(' '));
  return `- ${parts.join(' — ')}`;
}

export function toMarkdown(items: CollectedItem[], lookup: PlaceLookup, title = 'NewsFacts collection'): string {
  const byPage = new Map<string, CollectedItem[]>();
  for (const item of items) appendTo(byPage, item.url, item);
  const sections = [...byPage].map(([url, pageItems]) => {
    const first = pageItems[0];
    const meta = [first.site, first.published].filter(Boolean).join(', ');
    return [`## ${escape(first.title || url)}`, '', `<${url}>${meta ? ` (${escape(meta)})` : ''}`, '', ...pageItems.map((i) => line(i, lookup))].join('\n');
  });
  return [`# ${escape(title)}`, '', `${items.length} items from ${byPage.size} pages.`, '', ...sections.flatMap((s) => [s, ''])].join('\n');
}
