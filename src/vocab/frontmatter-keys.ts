/*
 * Front-matter keys tramit reads, and the localized or misspelt forms real files have instead, in
 * the phrase syntax of src/vocab/phrase.ts; a key must be one of these as a whole
 * (src/guide/frontmatter.ts).
 */
export const KEY_ALIASES = {
  title: [
    'title',
    'titulo',
    'titel',
    'titre',
    'titolo',
    'tytul',
    'nazev',
    'nazov',
    'cim',
    'naslov',
    'titlu',
    'заглавие',
    'τιτλοσ',
  ],
  description: [
    'description',
    'descripcion',
    'descricao',
    'beschreibung',
    'descrizione',
    'beschrijving',
    'opis',
    'popis',
    'leiras',
    'descriere',
    'описание',
    'περιγραφη',
  ],
  meta_title: ['meta_title', 'metatitle', 'meta_titulo', 'meta_titel'],
  date: ['date', 'fecha', 'data', 'datum', 'datum_objave', 'дата', 'ημερομηνια'],
  author: ['author', 'autor', 'auteur', 'autore', 'szerzo', 'автор', 'συγγραφεασ'],
  categories: [
    'categories',
    'category',
    'categorias',
    'kategorien',
    'categorie',
    'categorii',
    'kategorie',
    'kategoriak',
  ],
  translationKey: ['translationkey', 'translation_key'],
  draft: ['draft', 'borrador'],
  tags: ['tags', 'etiquetas'],
  topics: ['topics', 'temas'],
  produces: ['produces'],
  sources: ['sources', 'fuentes', 'fontes', 'quellen'],
  lang: ['lang', 'language', 'languagecode', 'idioma'],
  country: ['country', 'pais', 'land'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Keys Hugo sites commonly carry that tramit ignores without comment. */
export const KNOWN_IGNORED = [
  'slug',
  'url',
  'aliases',
  'weight',
  'lastmod',
  'images',
  'image',
  'keywords',
  'type',
  'layout',
  'summary',
  'toc',
  'menu',
] as const satisfies readonly string[];
