import { fold } from '../text/normalize.js';

export type SectionId = 'description' | 'procedure' | 'documents' | 'providers' | 'details' | 'related';
export type SubsectionId = 'whatIsIt' | 'whoNeedsIt';

/** The order sections come in; used to place a heading tramit does not recognise. */
export const SECTION_ORDER: readonly SectionId[] = [
  'description',
  'procedure',
  'documents',
  'providers',
  'details',
  'related',
];

type Phrases = Readonly<Record<string, readonly string[]>>;

/**
 * Words that give a heading's meaning, per language, folded (lower case, no accents). A heading
 * belongs to a section when it contains one of these as whole words or as a word prefix ("document"
 * matches "documents", "documentos", "dokumente" is listed apart). A heading that holds phrases of
 * several sections names the one with the longest phrase, in words ("Entidades que podem realizar
 * este procedimento" is a providers heading); at equal length the order of HEADING_TABLE decides,
 * so the long provider headings ("…que pueden hacer los trámites…") never fall into documents, and
 * "Related Posts" wins in every language.
 */
const RELATED: Phrases = {
  en: ['related', 'see also', 'similar guides'],
  es: ['relacionad', 'publicaciones relacionadas', 'ver tambien'],
  pt: ['relacionad', 'veja tambem'],
  fr: ['connexe', 'voir aussi', 'articles lies', 'similaires'],
  it: ['correlat', 'vedi anche'],
  de: ['verwandte', 'ahnliche', 'siehe auch'],
  nl: ['gerelateerd', 'zie ook'],
  pl: ['powiazane', 'zobacz takze', 'podobne'],
  cs: ['souvisejici', 'viz take'],
  sk: ['suvisiace', 'pozri tiez'],
  hu: ['kapcsolodo', 'lasd meg'],
  ro: ['asemanatoare', 'legate', 'vezi si'],
  hr: ['povezan', 'vidi takoder'],
  bg: ['свързани', 'вижте също'],
  el: ['σχετικ', 'δειτε επισησ'],
};

const PROVIDERS: Phrases = {
  en: ['provider', 'can do it for you', 'do it for you'],
  es: ['proveedor', 'pueden hacerlo por', 'que pueden realizar', 'entidades que pueden'],
  pt: ['fornecedor', 'prestador', 'provedor', 'que podem realizar', 'que podem fazer', 'entidades que podem'],
  fr: ['prestataire', 'fournisseur'],
  it: ['fornitor', 'provider', 'prestator'],
  de: ['anbieter', 'dienstleister'],
  nl: ['aanbieder', 'leverancier', 'dienstverlener', 'providers'],
  pl: ['dostawc', 'uslugodawc'],
  cs: ['poskytovatel', 'dodavatel'],
  sk: ['poskytovatel', 'dodavatel'],
  hu: ['szolgaltato'],
  ro: ['furnizor', 'prestator'],
  hr: ['pruzatelj', 'davatelj', 'dobavljac'],
  bg: ['доставчи'],
  el: ['παροχ', 'προμηθευτ'],
};

const DOCUMENTS: Phrases = {
  en: ['document', 'what to bring', 'requirements', 'paperwork'],
  es: ['documento', 'documentacion', 'requisitos'],
  pt: ['documento', 'documentacao', 'requisitos'],
  fr: ['document', 'pieces', 'justificatif'],
  it: ['document'],
  de: ['dokument', 'unterlagen', 'nachweise'],
  nl: ['document', 'benodigde'],
  pl: ['dokument', 'wymagane'],
  cs: ['dokument', 'doklady', 'pozadovane'],
  sk: ['dokument', 'doklady', 'pozadovane'],
  hu: ['dokumentum', 'iratok', 'szukseges'],
  ro: ['document', 'acte'],
  hr: ['dokument', 'isprave', 'potrebn'],
  bg: ['документ'],
  el: ['εγγραφ', 'δικαιολογητικ'],
};

const DETAILS: Phrases = {
  en: ['additional', 'details', 'more information', 'further information', 'notes'],
  es: ['detalle', 'adicional', 'mas informacion'],
  pt: ['detalhe', 'adicion', 'mais informac'],
  fr: ['detail', 'supplementaire', 'complementaire'],
  it: ['dettagli', 'aggiuntiv', 'ulteriori'],
  de: ['details', 'weitere', 'zusatzlich', 'hinweise'],
  nl: ['aanvullend', 'details', 'extra informatie'],
  pl: ['dodatkow', 'szczegol'],
  cs: ['dalsi', 'podrobnost', 'doplnujici'],
  sk: ['dalsie', 'podrobnost', 'doplnujuce'],
  hu: ['tovabbi', 'reszlet', 'kiegeszito'],
  ro: ['detalii', 'suplimentar', 'aditional'],
  hr: ['dodatn', 'detalj'],
  bg: ['допълнител', 'подробност'],
  el: ['επιπλεον', 'λεπτομερει', 'προσθετ'],
};

const PROCEDURE: Phrases = {
  en: ['procedure', 'steps', 'process', 'how to'],
  es: ['procedimiento', 'pasos', 'proceso', 'como hacerlo'],
  pt: ['procedimento', 'passos', 'processo'],
  fr: ['procedure', 'demarche', 'etapes'],
  it: ['procedura', 'passaggi', 'come fare'],
  de: ['verfahren', 'ablauf', 'vorgehen', 'schritte', 'vorgehensweise'],
  nl: ['procedure', 'stappen', 'werkwijze'],
  pl: ['procedura', 'kroki', 'postepowanie'],
  cs: ['postup', 'procedura', 'kroky'],
  sk: ['postup', 'procedura', 'kroky'],
  hu: ['eljaras', 'lepesek', 'folyamat'],
  ro: ['procedura', 'pasi', 'proces'],
  hr: ['postupak', 'procedura', 'koraci'],
  bg: ['процедура', 'стъпки'],
  el: ['διαδικασια', 'βηματα'],
};

const DESCRIPTION: Phrases = {
  en: ['description', 'overview', 'about'],
  es: ['descripcion', 'resumen'],
  pt: ['descricao', 'visao geral'],
  fr: ['description', 'presentation'],
  it: ['descrizione', 'panoramica'],
  de: ['beschreibung', 'uberblick'],
  nl: ['beschrijving', 'omschrijving', 'overzicht'],
  pl: ['opis'],
  cs: ['popis'],
  sk: ['popis'],
  hu: ['leiras', 'attekintes'],
  ro: ['descriere'],
  hr: ['opis'],
  bg: ['описание'],
  el: ['περιγραφη'],
};

const WHAT_IS_IT: Phrases = {
  en: ['what is it', 'what is'],
  es: ['que es'],
  pt: ['o que e'],
  fr: ['qu est ce', 'de quoi s agit'],
  it: ['che cos', 'cos e', 'che cosa e'],
  de: ['was ist'],
  nl: ['wat is'],
  pl: ['co to jest', 'czym jest'],
  cs: ['co to je', 'co je to'],
  sk: ['co je to', 'co to je'],
  hu: ['mi ez', 'mi az', 'mi is ez'],
  ro: ['ce este'],
  hr: ['sto je', 'sto je to'],
  bg: ['какво е'],
  el: ['τι ειναι'],
};

const WHO_NEEDS_IT: Phrases = {
  en: ['who needs', 'who is it for', 'who should'],
  es: ['quien lo necesita', 'quien necesita', 'quienes lo necesitan', 'para quien'],
  pt: ['quem precisa', 'quem necessita', 'para quem'],
  fr: ['qui en a besoin', 'qui a besoin', 'pour qui'],
  it: ['chi ne ha bisogno', 'chi ha bisogno', 'a chi serve', 'per chi'],
  de: ['wer braucht', 'wer benotigt', 'fur wen'],
  nl: ['wie heeft', 'voor wie'],
  pl: ['kto potrzebuje', 'kto tego potrzebuje', 'dla kogo'],
  cs: ['kdo to potrebuje', 'kdo potrebuje', 'pro koho'],
  sk: ['kto to potrebuje', 'kto potrebuje', 'pre koho'],
  hu: ['kinek van ra szuksege', 'kinek van szuksege', 'kinek szol', 'kinek'],
  ro: ['cine are nevoie', 'pentru cine'],
  hr: ['tko treba', 'tko to treba', 'kome je potrebn', 'kome treba', 'za koga'],
  bg: ['кой се нуждае', 'кой има нужда', 'за кого'],
  el: ['ποιοσ το χρειαζεται', 'ποιοσ χρειαζεται', 'για ποιον'],
};

export const HEADING_TABLE: ReadonlyArray<{ section: SectionId; phrases: Phrases }> = [
  { section: 'related', phrases: RELATED },
  { section: 'providers', phrases: PROVIDERS },
  { section: 'documents', phrases: DOCUMENTS },
  { section: 'details', phrases: DETAILS },
  { section: 'procedure', phrases: PROCEDURE },
  { section: 'description', phrases: DESCRIPTION },
];

export const SUBHEADING_TABLE: ReadonlyArray<{ section: SubsectionId; phrases: Phrases }> = [
  { section: 'whoNeedsIt', phrases: WHO_NEEDS_IT },
  { section: 'whatIsIt', phrases: WHAT_IS_IT },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern per section and phrase length in words, longest first: a heading that holds a longer
 * phrase of one section ("que podem realizar") is more specific than one word of another
 * ("procedimento"), whatever the order of the tables.
 */
function compile<T extends string>(table: ReadonlyArray<{ section: T; phrases: Phrases }>) {
  return table.map(({ section, phrases }) => {
    // Phrases are folded like headings, so tables may be written with accents or without.
    const folded = [...new Set(Object.values(phrases).flat().map(fold))];
    const lengths = [...new Set(folded.map((p) => p.split(' ').length))].sort((a, b) => b - a);
    // Phrases match at a word start; their end may run on ("document" → "documentos").
    const patterns = lengths.map((words) => ({
      words,
      pattern: new RegExp(
        `(?:^| )(?:${folded
          .filter((p) => p.split(' ').length === words)
          .map(escape)
          .join('|')})`,
        'u',
      ),
    }));
    return { section, patterns };
  });
}

const HEADINGS = compile(HEADING_TABLE);
const SUBHEADINGS = compile(SUBHEADING_TABLE);

/** The sections a heading names, most specific first (longest phrase, then table order). */
function candidates<T extends string>(compiled: ReturnType<typeof compile<T>>, heading: string): T[] {
  const folded = fold(heading);
  const found: Array<{ section: T; words: number; order: number }> = [];
  compiled.forEach(({ section, patterns }, order) => {
    const hit = patterns.find((p) => p.pattern.test(folded));
    if (hit) found.push({ section, words: hit.words, order });
  });
  return found.sort((a, b) => b.words - a.words || a.order - b.order).map((f) => f.section);
}

const known = new Map<string, SectionId[]>();

/** Every section a heading may name, most specific first; headings repeat, so answers are kept. */
export function sectionCandidates(heading: string): SectionId[] {
  let list = known.get(heading);
  if (!list) {
    list = candidates(HEADINGS, heading);
    if (known.size < 1000) known.set(heading, list);
  }
  return list;
}

export function sectionOfHeading(heading: string): SectionId | null {
  return sectionCandidates(heading)[0] ?? null;
}

export function subsectionOfHeading(heading: string): SubsectionId | null {
  return candidates(SUBHEADINGS, heading)[0] ?? null;
}
