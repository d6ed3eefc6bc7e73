import type { GUIDE_LANGUAGES } from '../library/languages.js';

/*
 * Words that give a markdown heading its meaning, per language, in the phrase syntax of
 * src/vocab/phrase.ts (the last word of most phrases is a stem: "document*" matches "documentos").
 * A heading that holds phrases of several sections names the one with the longest phrase, in words
 * ("Entidades que podem realizar este procedimento" is a providers heading); at equal length the
 * order of this table decides, so the long provider headings ("…que pueden hacer los trámites…")
 * never fall into documents, and "Related Posts" wins in every language.
 */

type Language = (typeof GUIDE_LANGUAGES)[number];
type Phrases = { readonly [L in Language]?: readonly string[] };

export type SectionId = 'description' | 'procedure' | 'documents' | 'providers' | 'details' | 'related';
export type SubsectionId = 'whatIsIt' | 'whoNeedsIt';

// prettier-ignore
export const SECTION_PHRASES = {
  related: {
    en: ['related*', 'see also*', 'similar guides*'],
    es: ['relacionad*', 'publicaciones relacionadas*', 'ver tambien*'],
    pt: ['relacionad*', 'veja tambem*'],
    fr: ['connexe*', 'voir aussi*', 'articles lies*', 'similaires*'],
    it: ['correlat*', 'vedi anche*'],
    de: ['verwandte*', 'ahnliche*', 'siehe auch*'],
    nl: ['gerelateerd*', 'zie ook*'],
    pl: ['powiazane*', 'zobacz takze*', 'podobne*'],
    cs: ['souvisejici*', 'viz take*'],
    sk: ['suvisiace*', 'pozri tiez*'],
    hu: ['kapcsolodo*', 'lasd meg*'],
    ro: ['asemanatoare*', 'legate*', 'vezi si*'],
    hr: ['povezan*', 'vidi takoder*'],
    bg: ['свързани*', 'вижте също*'],
    el: ['σχετικ*', 'δειτε επισησ*'],
  },
  providers: {
    en: ['provider*', 'can do it for you*', 'do it for you*'],
    es: ['proveedor*', 'pueden hacerlo por*', 'que pueden realizar*', 'entidades que pueden*'],
    pt: ['fornecedor*', 'prestador*', 'provedor*', 'que podem realizar*', 'que podem fazer*', 'entidades que podem*'],
    fr: ['prestataire*', 'fournisseur*'],
    it: ['fornitor*', 'provider*', 'prestator*'],
    de: ['anbieter*', 'dienstleister*'],
    nl: ['aanbieder*', 'leverancier*', 'dienstverlener*', 'providers*'],
    pl: ['dostawc*', 'uslugodawc*'],
    cs: ['poskytovatel*', 'dodavatel*'],
    sk: ['poskytovatel*', 'dodavatel*'],
    hu: ['szolgaltato*'],
    ro: ['furnizor*', 'prestator*'],
    hr: ['pruzatelj*', 'davatelj*', 'dobavljac*'],
    bg: ['доставчи*'],
    el: ['παροχ*', 'προμηθευτ*'],
  },
  documents: {
    en: ['document*', 'what to bring*', 'requirements*', 'paperwork*'],
    es: ['documento*', 'documentacion*', 'requisitos*'],
    pt: ['documento*', 'documentacao*', 'requisitos*'],
    fr: ['document*', 'pieces*', 'justificatif*'],
    it: ['document*'],
    de: ['dokument*', 'unterlagen*', 'nachweise*'],
    nl: ['document*', 'benodigde*'],
    pl: ['dokument*', 'wymagane*'],
    cs: ['dokument*', 'doklady*', 'pozadovane*'],
    sk: ['dokument*', 'doklady*', 'pozadovane*'],
    hu: ['dokumentum*', 'iratok*', 'szukseges*'],
    ro: ['document*', 'acte*'],
    hr: ['dokument*', 'isprave*', 'potrebn*'],
    bg: ['документ*'],
    el: ['εγγραφ*', 'δικαιολογητικ*'],
  },
  details: {
    en: ['additional*', 'details*', 'more information*', 'further information*', 'notes*'],
    es: ['detalle*', 'adicional*', 'mas informacion*'],
    pt: ['detalhe*', 'adicion*', 'mais informac*'],
    fr: ['detail*', 'supplementaire*', 'complementaire*'],
    it: ['dettagli*', 'aggiuntiv*', 'ulteriori*'],
    de: ['details*', 'weitere*', 'zusatzlich*', 'hinweise*'],
    nl: ['aanvullend*', 'details*', 'extra informatie*'],
    pl: ['dodatkow*', 'szczegol*'],
    cs: ['dalsi*', 'podrobnost*', 'doplnujici*'],
    sk: ['dalsie*', 'podrobnost*', 'doplnujuce*'],
    hu: ['tovabbi*', 'reszlet*', 'kiegeszito*'],
    ro: ['detalii*', 'suplimentar*', 'aditional*'],
    hr: ['dodatn*', 'detalj*'],
    bg: ['допълнител*', 'подробност*'],
    el: ['επιπλεον*', 'λεπτομερει*', 'προσθετ*'],
  },
  procedure: {
    en: ['procedure*', 'steps*', 'process*', 'how to*'],
    es: ['procedimiento*', 'pasos*', 'proceso*', 'como hacerlo*'],
    pt: ['procedimento*', 'passos*', 'processo*'],
    fr: ['procedure*', 'demarche*', 'etapes*'],
    it: ['procedura*', 'passaggi*', 'come fare*'],
    de: ['verfahren*', 'ablauf*', 'vorgehen*', 'schritte*', 'vorgehensweise*'],
    nl: ['procedure*', 'stappen*', 'werkwijze*'],
    pl: ['procedura*', 'kroki*', 'postepowanie*'],
    cs: ['postup*', 'procedura*', 'kroky*'],
    sk: ['postup*', 'procedura*', 'kroky*'],
    hu: ['eljaras*', 'lepesek*', 'folyamat*'],
    ro: ['procedura*', 'pasi*', 'proces*'],
    hr: ['postupak*', 'procedura*', 'koraci*'],
    bg: ['процедура*', 'стъпки*'],
    el: ['διαδικασια*', 'βηματα*'],
  },
  description: {
    en: ['description*', 'overview*', 'about*'],
    es: ['descripcion*', 'resumen*'],
    pt: ['descricao*', 'visao geral*'],
    fr: ['description*', 'presentation*'],
    it: ['descrizione*', 'panoramica*'],
    de: ['beschreibung*', 'uberblick*'],
    nl: ['beschrijving*', 'omschrijving*', 'overzicht*'],
    pl: ['opis*'],
    cs: ['popis*'],
    sk: ['popis*'],
    hu: ['leiras*', 'attekintes*'],
    ro: ['descriere*'],
    hr: ['opis*'],
    bg: ['описание*'],
    el: ['περιγραφη*'],
  },
} as const satisfies { readonly [S in SectionId]: Phrases };

// prettier-ignore
export const SUBSECTION_PHRASES = {
  whoNeedsIt: {
    en: ['who needs*', 'who is it for*', 'who should*'],
    es: ['quien lo necesita*', 'quien necesita*', 'quienes lo necesitan*', 'para quien*'],
    pt: ['quem precisa*', 'quem necessita*', 'para quem*'],
    fr: ['qui en a besoin*', 'qui a besoin*', 'pour qui*'],
    it: ['chi ne ha bisogno*', 'chi ha bisogno*', 'a chi serve*', 'per chi*'],
    de: ['wer braucht*', 'wer benotigt*', 'fur wen*'],
    nl: ['wie heeft*', 'voor wie*'],
    pl: ['kto potrzebuje*', 'kto tego potrzebuje*', 'dla kogo*'],
    cs: ['kdo to potrebuje*', 'kdo potrebuje*', 'pro koho*'],
    sk: ['kto to potrebuje*', 'kto potrebuje*', 'pre koho*'],
    hu: ['kinek van ra szuksege*', 'kinek van szuksege*', 'kinek szol*', 'kinek*'],
    ro: ['cine are nevoie*', 'pentru cine*'],
    hr: ['tko treba*', 'tko to treba*', 'kome je potrebn*', 'kome treba*', 'za koga*'],
    bg: ['кой се нуждае*', 'кой има нужда*', 'за кого*'],
    el: ['ποιοσ το χρειαζεται*', 'ποιοσ χρειαζεται*', 'για ποιον*'],
  },
  whatIsIt: {
    en: ['what is it*', 'what is*'],
    es: ['que es*'],
    pt: ['o que e*'],
    fr: ['qu est ce*', 'de quoi s agit*'],
    it: ['che cos*', 'cos e*', 'che cosa e*'],
    de: ['was ist*'],
    nl: ['wat is*'],
    pl: ['co to jest*', 'czym jest*'],
    cs: ['co to je*', 'co je to*'],
    sk: ['co je to*', 'co to je*'],
    hu: ['mi ez*', 'mi az*', 'mi is ez*'],
    ro: ['ce este*'],
    hr: ['sto je*', 'sto je to*'],
    bg: ['какво е*'],
    el: ['τι ειναι*'],
  },
} as const satisfies { readonly [S in SubsectionId]: Phrases };
