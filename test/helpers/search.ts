import { Library } from '../../src/library/library.js';
import { SearchIndex, type SearchDocument } from '../../src/search/engine.js';
import { searchDocument } from '../../src/search/search.js';
import { GUIDES } from './paths.js';

/** A search document with every field empty but those given; its guide id and key are its id. */
export const searchDoc = (id: string, fields: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  guideId: id,
  key: id,
  lang: 'en',
  country: 'spain',
  title: '',
  slug: '',
  description: '',
  about: '',
  steps: '',
  documents: '',
  topics: '',
  ...fields,
});

/** The bundled guides, and a search index over them built as `tramit search` builds its own. */
export async function bundledSearch(): Promise<{ library: Library; index: SearchIndex }> {
  const library = await Library.load([{ dir: GUIDES, origin: 'option' }]);
  const index = SearchIndex.build(
    library.guides.flatMap((g) => {
      const text = library.searchText(g);
      return text ? [searchDocument(g, text, g.path)] : [];
    }),
  );
  return { library, index };
}
