// Node only: the corpus's places from the built gazetteer (public/gazetteer), 淄博市 (3703) and
// the villages of Shandong's pack, as every benchmark and the large-page test draw them.
import { loadGazetteer, loadVillagePack } from '../lib/gazetteer/node';
import { corpusPlaces, type CorpusPlaces } from './corpus';

export async function benchPlaces(): Promise<CorpusPlaces> {
  const gazetteer = await loadGazetteer();
  await loadVillagePack(gazetteer, '37');
  return corpusPlaces(gazetteer, '3703');
}
