import { GUIDE_LANGUAGES } from '../library/languages.js';
import { fold } from '../text/normalize.js';

/** The languages the name patterns cover: the community format's 15. */
export const KIND_LANGS = GUIDE_LANGUAGES;
export type KindLang = (typeof KIND_LANGS)[number];

interface KindSpec {
  id: string;
  label: { en: string; es: string };
  countries?: readonly string[];
  acronyms?: readonly string[];
  narrower?: readonly string[];
  names: { readonly [L in KindLang]?: readonly string[] };
}

/*
 * Phrases are stored already folded (lower case, no accents, punctuation as single spaces, final
 * sigma as σ) so the table reads exactly as it is compared. A phrase's words also match their simple
 * plural (+s, +es, +n, +en) when the word has four letters or more; irregular plurals are listed.
 * Acronyms are compared case-sensitively against the name's own spelling, because several of them
 * are ordinary words in lower case ("nie" in Polish, "tie" in English).
 */
const TABLE = [
  {
    id: 'passport',
    label: { en: 'Passport', es: 'Pasaporte' },
    names: {
      bg: ['паспорт', 'задграничен паспорт'],
      cs: ['cestovni pas', 'cestovniho pasu', 'pas'],
      de: ['reisepass', 'reisepasse', 'pass', 'passe'],
      el: ['διαβατηριο', 'διαβατηρια'],
      en: ['passport', 'photo page', 'data page', 'passport book'],
      es: ['pasaporte', 'pasaporte vigente'],
      fr: ['passeport'],
      hr: ['putovnica', 'putovnice', 'putovnicu'],
      hu: ['utlevel', 'utlevele', 'utlevelet', 'utlevelek'],
      it: ['passaporto', 'passaporti'],
      nl: ['paspoort', 'reispas'],
      pl: ['paszport', 'paszportu', 'paszporty', 'paszportem'],
      pt: ['passaporte'],
      ro: ['pasaport', 'pasaportul', 'pasapoarte'],
      sk: ['cestovny pas', 'cestovneho pasu', 'pas'],
    },
  },
  {
    id: 'national_id',
    label: { en: 'National ID card', es: 'Identificación oficial' },
    acronyms: ['ID', 'INE', 'IFE', 'DNI', 'DNIe', 'CIE'],
    names: {
      bg: ['лична карта', 'личната карта', 'документ за самоличност', 'лични карти'],
      cs: [
        'obcansky prukaz',
        'obcanskeho prukazu',
        'obcanske prukazy',
        'prukaz totoznosti',
        'doklad totoznosti',
      ],
      de: [
        'personalausweis',
        'ausweis',
        'ausweisdokument',
        'identitatskarte',
        'identitatsnachweis',
        'lichtbildausweis',
        'amtlicher lichtbildausweis',
        'personalausweise',
      ],
      el: ['ταυτοτητα', 'ταυτοτητεσ', 'δελτιο ταυτοτητασ', 'αστυνομικη ταυτοτητα'],
      en: [
        'national id',
        'national id card',
        'national identity card',
        'national identity document',
        'identity card',
        'id card',
        'identity document',
        'identification document',
        'photo id',
        'official photo id',
        'official id',
        'official identification',
        'government issued id',
        'government id',
        'voter card',
        'voter id',
        'voter s card',
        'proof of identity',
        'identification',
        'ids',
      ],
      es: [
        'documento nacional de identidad',
        'documento de identidad',
        'documento de identificacion',
        'documento de identificacion oficial',
        'identificacion oficial',
        'identificacion oficial con fotografia',
        'identificacion con fotografia',
        'identificacion',
        'credencial',
        'credencial para votar',
        'credencial de elector',
        'credencial del ine',
        'cedula de ciudadania',
        'cedula de identidad',
        'carne de identidad',
        'carnet de identidad',
        'tarjeta de identidad',
      ],
      fr: [
        'carte d identite',
        'carte nationale d identite',
        'piece d identite',
        'pieces d identite',
        'justificatif d identite',
        'titre d identite',
      ],
      hr: ['osobna iskaznica', 'osobne iskaznice', 'osobnu iskaznicu', 'identifikacijska isprava'],
      hu: [
        'szemelyi igazolvany',
        'szemelyi igazolvanyt',
        'szemelyazonosito igazolvany',
        'szemelyazonossagot igazolo okmany',
      ],
      it: [
        'carta d identita',
        'carta di identita',
        'carta d identita elettronica',
        'documento di identita',
        'documento d identita',
        'documento di riconoscimento',
        'documenti di identita',
      ],
      nl: ['identiteitskaart', 'identiteitsbewijs', 'id kaart', 'legitimatiebewijs'],
      pl: [
        'dowod osobisty',
        'dowodu osobistego',
        'dowody osobiste',
        'dokument tozsamosci',
        'dokumentu tozsamosci',
      ],
      pt: [
        'cartao de cidadao',
        'cartao do cidadao',
        'documento de identificacao',
        'documento de identificacao nacional',
        'documento de identidade',
        'bilhete de identidade',
        'carteira de identidade',
        'identificacao',
      ],
      ro: [
        'carte de identitate',
        'cartea de identitate',
        'carti de identitate',
        'buletin',
        'buletin de identitate',
        'act de identitate',
        'actul de identitate',
      ],
      sk: ['obciansky preukaz', 'obcianskeho preukazu', 'preukaz totoznosti', 'doklad totoznosti'],
    },
  },
  {
    id: 'residence_card',
    label: { en: 'Residence card, visa or permit', es: 'Tarjeta de residencia, visa o permiso' },
    acronyms: ['TIE', 'PPT', 'BRP'],
    narrower: ['cedula_extranjeria'],
    names: {
      bg: ['разрешение за пребиваване', 'карта за пребиваване', 'виза', 'визи', 'разрешение за работа'],
      cs: [
        'povoleni k pobytu',
        'prukaz o povoleni k pobytu',
        'povoleni k trvalemu pobytu',
        'potvrzeni o prechodnem pobytu',
        'pobytova karta',
        'vizum',
        'zamestnanecka karta',
      ],
      de: [
        'aufenthaltstitel',
        'aufenthaltserlaubnis',
        'niederlassungserlaubnis',
        'aufenthaltskarte',
        'elektronischer aufenthaltstitel',
        'blaue karte eu',
        'visum',
        'visa',
        'arbeitserlaubnis',
      ],
      el: ['αδεια διαμονησ', 'τιτλοσ διαμονησ', 'θεωρηση', 'θεωρηση εισοδου', 'βιζα'],
      en: [
        'residence card',
        'resident card',
        'residency card',
        'residence permit',
        'residence permits',
        'residency permit',
        'residence title',
        'residence document',
        'residence certificate',
        'residence authorisation',
        'residence authorization',
        'residence and work authorisation',
        'residence and work authorization',
        'permanent resident card',
        'foreigner identity card',
        'foreigner s identity card',
        'migration document',
        'immigration document',
        'migration status',
        'migratory status',
        'proof of residence status',
        'proof of residency status',
        'proof of legal residence',
        'eu registration certificate',
        'work permit',
        'visa',
        'green card',
      ],
      es: [
        'tarjeta de residente',
        'tarjeta de residencia',
        'tarjeta de identidad de extranjero',
        'permiso de residencia',
        'permiso de residencia y trabajo',
        'autorizacion de residencia',
        'autorizacion de residencia y trabajo',
        'certificado de residencia',
        'certificado de registro de ciudadano de la union',
        'documento migratorio',
        'situacion migratoria',
        'permiso de trabajo',
        'permiso por proteccion temporal',
        'residencia temporal',
        'residencia permanente',
        'visa',
        'visado',
      ],
      fr: [
        'titre de sejour',
        'carte de sejour',
        'carte de resident',
        'permis de sejour',
        'autorisation de travail',
        'visa',
        'visa de long sejour',
      ],
      hr: [
        'dozvola boravka',
        'dozvola za boravak',
        'dozvole za boravak',
        'boravisna iskaznica',
        'viza',
        'radna dozvola',
      ],
      hu: ['tartozkodasi engedely', 'tartozkodasi kartya', 'vizum', 'munkavallalasi engedely'],
      it: [
        'permesso di soggiorno',
        'permessi di soggiorno',
        'carta di soggiorno',
        'visto',
        'visto d ingresso',
        'visto di ingresso',
      ],
      nl: ['verblijfsvergunning', 'verblijfsdocument', 'verblijfskaart', 'visum', 'werkvergunning'],
      pl: ['karta pobytu', 'karty pobytu', 'zezwolenie na pobyt', 'zezwolenie na prace', 'wiza', 'wizy'],
      pt: [
        'titulo de residencia',
        'autorizacao de residencia',
        'cartao de residencia',
        'comprovativo da situacao de residencia',
        'certificado de registo de cidadao da uniao europeia',
        'visto',
        'visto de residencia',
      ],
      ro: ['permis de sedere', 'permisul de sedere', 'carte de rezidenta', 'viza', 'permis de munca'],
      sk: ['povolenie na pobyt', 'doklad o pobyte', 'pobytovy preukaz', 'vizum'],
    },
  },
  {
    id: 'proof_of_address',
    label: { en: 'Proof of address', es: 'Comprobante de domicilio' },
    names: {
      bg: [
        'удостоверение за адрес',
        'удостоверение за постоянен адрес',
        'удостоверение за настоящ адрес',
        'документ за адрес',
      ],
      cs: ['doklad o adrese', 'potvrzeni adresy', 'doklad o bydlisti', 'doklad o zajisteni ubytovani'],
      de: [
        'meldebestatigung',
        'meldebescheinigung',
        'anmeldebestatigung',
        'wohnsitznachweis',
        'adressnachweis',
        'wohnungsgeberbestatigung',
        'meldenachweis',
      ],
      el: ['αποδεικτικο διευθυνσησ', 'αποδεικτικο κατοικιασ', 'λογαριασμοσ κοινησ ωφελειασ'],
      en: [
        'proof of address',
        'proof of residence',
        'proof of residential address',
        'address proof',
        'utility bill',
        'registration confirmation',
        'certificate of registered address',
        'council tax bill',
      ],
      es: [
        'comprobante de domicilio',
        'comprobante de domicilio fiscal',
        'justificante de domicilio',
        'prueba de domicilio',
        'constancia de domicilio',
        'certificado de domicilio',
        'certificado de empadronamiento',
        'volante de empadronamiento',
        'empadronamiento',
        'factura de suministros',
        'recibo de luz',
      ],
      fr: [
        'justificatif de domicile',
        'justificatifs de domicile',
        'attestation de domicile',
        'attestation d hebergement',
        'justificatif d adresse',
        'preuve d adresse',
        'facture d electricite',
      ],
      hr: [
        'potvrda o prebivalistu',
        'uvjerenje o prebivalistu',
        'dokaz o prebivalistu',
        'dokaz o adresi',
        'potvrda o adresi',
      ],
      hu: ['lakcimkartya', 'lakcimigazolas', 'lakcim igazolas', 'lakcimigazolo hatosagi igazolvany'],
      it: [
        'certificato di residenza',
        'attestazione di residenza',
        'prova di residenza',
        'bolletta',
        'bollette',
        'bolletta di utenza',
      ],
      nl: [
        'bewijs van adres',
        'adresbewijs',
        'bewijs van woonadres',
        'uittreksel brp',
        'uittreksel uit de brp',
      ],
      pl: [
        'potwierdzenie adresu',
        'potwierdzenie zameldowania',
        'zaswiadczenie o zameldowaniu',
        'dowod zamieszkania',
      ],
      pt: [
        'comprovativo de morada',
        'comprovativo de residencia',
        'comprovante de residencia',
        'comprovante de endereco',
        'atestado de residencia',
      ],
      ro: ['dovada adresei', 'dovada domiciliului', 'dovada resedintei', 'factura de utilitati'],
      sk: ['potvrdenie o pobyte', 'doklad o adrese', 'doklad o ubytovani', 'doklad o zabezpeceni ubytovania'],
    },
  },
  {
    id: 'birth_certificate',
    label: { en: 'Birth certificate', es: 'Acta de nacimiento' },
    names: {
      bg: ['удостоверение за раждане', 'акт за раждане'],
      cs: ['rodny list', 'rodneho listu', 'rodne listy'],
      de: ['geburtsurkunde', 'abstammungsurkunde', 'geburtsschein'],
      el: ['ληξιαρχικη πραξη γεννησησ', 'πιστοποιητικο γεννησησ'],
      en: [
        'birth certificate',
        'certificate of birth',
        'birth record',
        'birth registration',
        'birth and marriage certificate',
      ],
      es: [
        'acta de nacimiento',
        'partida de nacimiento',
        'certificado de nacimiento',
        'certificado literal de nacimiento',
        'registro civil de nacimiento',
        'inscripcion de nacimiento',
      ],
      fr: [
        'acte de naissance',
        'extrait d acte de naissance',
        'copie integrale d acte de naissance',
        'certificat de naissance',
      ],
      hr: ['rodni list', 'izvadak iz maticne knjige rođenih'],
      hu: ['szuletesi anyakonyvi kivonat', 'szuletesi anyakonyvi kivonatot', 'szuletesi kivonat'],
      it: [
        'certificato di nascita',
        'certificati di nascita',
        'atto di nascita',
        'estratto di nascita',
        'estratto dell atto di nascita',
      ],
      nl: [
        'geboorteakte',
        'geboorteaktes',
        'afschrift van de geboorteakte',
        'uittreksel uit het geboorteregister',
      ],
      pl: ['akt urodzenia', 'aktu urodzenia', 'akty urodzenia', 'odpis aktu urodzenia'],
      pt: [
        'certidao de nascimento',
        'certidoes de nascimento',
        'assento de nascimento',
        'registro de nascimento',
      ],
      ro: ['certificat de nastere', 'certificatul de nastere', 'certificate de nastere'],
      sk: ['rodny list', 'rodneho listu'],
    },
  },
  {
    id: 'marriage_certificate',
    label: { en: 'Marriage certificate', es: 'Acta de matrimonio' },
    names: {
      bg: ['удостоверение за граждански брак', 'удостоверение за брак', 'акт за граждански брак'],
      cs: ['oddaci list', 'oddaciho listu'],
      de: ['heiratsurkunde', 'eheurkunde', 'auszug aus dem eheregister', 'heirats und geburtsurkunde'],
      el: ['ληξιαρχικη πραξη γαμου', 'πιστοποιητικο γαμου'],
      en: [
        'marriage certificate',
        'certificate of marriage',
        'marriage record',
        'proof of marriage',
        'marriage and birth certificate',
      ],
      es: [
        'acta de matrimonio',
        'certificado de matrimonio',
        'partida de matrimonio',
        'registro civil de matrimonio',
        'certificado literal de matrimonio',
      ],
      fr: ['acte de mariage', 'extrait d acte de mariage', 'certificat de mariage'],
      hr: ['vjencani list', 'izvadak iz maticne knjige vjencanih'],
      hu: ['hazassagi anyakonyvi kivonat', 'hazassagi kivonat'],
      it: [
        'certificato di matrimonio',
        'atto di matrimonio',
        'estratto di matrimonio',
        'estratto dell atto di matrimonio',
      ],
      nl: ['huwelijksakte', 'trouwakte', 'afschrift van de huwelijksakte'],
      pl: ['akt małzenstwa', 'aktu małzenstwa', 'odpis aktu małzenstwa'],
      pt: ['certidao de casamento', 'assento de casamento'],
      ro: ['certificat de casatorie', 'certificatul de casatorie'],
      sk: ['sobasny list', 'sobasneho listu'],
    },
  },
  {
    id: 'death_certificate',
    label: { en: 'Death certificate', es: 'Acta de defunción' },
    names: {
      bg: ['смъртен акт', 'акт за смърт', 'препис извлечение от акт за смърт'],
      cs: ['umrtni list', 'umrtniho listu'],
      de: ['sterbeurkunde', 'todesbescheinigung'],
      el: ['ληξιαρχικη πραξη θανατου', 'πιστοποιητικο θανατου'],
      en: ['death certificate', 'certificate of death'],
      es: ['acta de defuncion', 'certificado de defuncion', 'partida de defuncion'],
      fr: ['acte de deces', 'certificat de deces'],
      hr: ['smrtni list', 'izvadak iz maticne knjige umrlih'],
      hu: ['halotti anyakonyvi kivonat', 'halotti bizonyitvany'],
      it: ['certificato di morte', 'atto di morte', 'estratto dell atto di morte'],
      nl: ['overlijdensakte', 'akte van overlijden'],
      pl: ['akt zgonu', 'aktu zgonu', 'odpis aktu zgonu'],
      pt: ['certidao de obito', 'assento de obito'],
      ro: ['certificat de deces', 'certificatul de deces'],
      sk: ['umrtny list', 'umrtneho listu'],
    },
  },
  {
    id: 'photos',
    label: { en: 'Passport-size photos', es: 'Fotografías tamaño pasaporte' },
    names: {
      bg: ['снимка', 'снимки', 'паспортна снимка'],
      cs: ['fotografie', 'pasova fotografie', 'foto'],
      de: [
        'passfoto',
        'passbild',
        'passbilder',
        'biometrisches passbild',
        'lichtbild',
        'lichtbilder',
        'foto',
      ],
      el: ['φωτογραφια', 'φωτογραφιεσ'],
      en: [
        'photo',
        'photograph',
        'passport photo',
        'passport photograph',
        'passport size photo',
        'passport sized photo',
        'passport style photo',
        'child size photo',
        'biometric photo',
        'id photo',
      ],
      es: [
        'foto',
        'fotografia',
        'fotografia tamano infantil',
        'fotografia tamano pasaporte',
        'foto tamano pasaporte',
        'foto carnet',
        'fotografia para la visa',
      ],
      fr: ['photo', 'photo d identite', 'photos d identite', 'photographie'],
      hr: ['fotografija', 'fotografije', 'fotografiju'],
      hu: ['fenykep', 'fenykepek', 'igazolvanykep', 'igazolvanykepek', 'foto'],
      it: ['foto', 'fototessera', 'fototessere', 'fotografia', 'fotografie', 'foto formato tessera'],
      nl: ['pasfoto', 'pasfoto s', 'foto'],
      pl: ['zdjecie', 'zdjecia', 'zdjec', 'zdjecie paszportowe', 'fotografia'],
      pt: ['foto', 'fotografia', 'fotografia tipo passe', 'fotografia tipo pasaporte'],
      ro: ['fotografie', 'fotografii', 'poza', 'poze'],
      sk: ['fotografia', 'fotografie', 'foto'],
    },
  },
  {
    id: 'tax_number',
    label: { en: 'Tax identification number', es: 'Número de identificación fiscal' },
    acronyms: ['TIN', 'NIT', 'CPF', 'BSN', 'OIB', 'NIP', 'DIC', 'CIF', 'ΑΦΜ'],
    narrower: ['rfc', 'nif', 'steuer_id', 'cuit_cuil', 'rut'],
    names: {
      bg: ['данъчен номер', 'данъчен идентификационен номер'],
      cs: ['danove identifikacni cislo', 'danove cislo'],
      de: ['steuernummer', 'steuernummern'],
      el: ['αριθμοσ φορολογικου μητρωου'],
      en: [
        'tax number',
        'tax id',
        'tax identification number',
        'taxpayer identification number',
        'taxpayer number',
        'tax identification',
        'tax code',
        'tax registration number',
      ],
      es: [
        'numero de identificacion tributaria',
        'numero tributario',
        'numero fiscal',
        'numero de contribuyente',
        'identificacion fiscal',
        'identificacion tributaria',
      ],
      fr: ['numero fiscal', 'numero d identification fiscale', 'numero fiscal de reference'],
      hr: ['osobni identifikacijski broj', 'porezni broj'],
      hu: ['adoazonosito jel', 'adoazonosito', 'adoszam'],
      it: ['codice fiscale', 'partita iva', 'numero di partita iva'],
      nl: ['fiscaal nummer', 'burgerservicenummer', 'sofinummer'],
      pl: ['numer nip', 'numer identyfikacji podatkowej', 'numer podatnika'],
      pt: ['numero fiscal', 'numero de identificacao tributaria'],
      ro: ['cod fiscal', 'cod de identificare fiscala', 'codul de identificare fiscala'],
      sk: ['danove identifikacne cislo', 'danove cislo'],
    },
  },
  {
    id: 'social_security_number',
    label: { en: 'Social security number', es: 'Número de seguridad social' },
    acronyms: ['SSN', 'NUSS', 'NIN', 'ΑΜΚΑ'],
    narrower: ['nss', 'niss'],
    names: {
      bg: ['осигурителен номер', 'номер на социалното осигуряване'],
      cs: ['cislo pojistence', 'cislo socialniho pojisteni'],
      de: ['sozialversicherungsnummer', 'rentenversicherungsnummer', 'sozialversicherungsausweis'],
      el: ['αριθμοσ μητρωου κοινωνικησ ασφαλισησ'],
      en: [
        'social security number',
        'social security card',
        'social insurance number',
        'national insurance number',
      ],
      es: [
        'numero de seguridad social',
        'numero de la seguridad social',
        'numero de afiliacion a la seguridad social',
        'numero de afiliacion',
      ],
      fr: ['numero de securite sociale', 'numero d assure social'],
      hr: ['broj socijalnog osiguranja', 'broj osiguranika'],
      hu: ['taj szam', 'tarsadalombiztositasi azonosito jel'],
      it: ['numero di previdenza sociale', 'numero di sicurezza sociale'],
      nl: ['sociaal verzekeringsnummer'],
      pl: ['numer ubezpieczenia społecznego'],
      pt: ['numero de previdencia social'],
      ro: ['numar de asigurare sociala', 'numarul de asigurare sociala'],
      sk: ['cislo socialneho poistenia', 'cislo poistenca'],
    },
  },
  {
    id: 'proof_of_income',
    label: { en: 'Proof of income', es: 'Comprobante de ingresos' },
    acronyms: ['ISEE'],
    names: {
      bg: ['удостоверение за доходи', 'фиш за заплата', 'данъчна декларация', 'служебна бележка за доходи'],
      cs: ['potvrzeni o prijmu', 'doklad o prijmu', 'vyplatni paska', 'vyplatni pasky', 'danove priznani'],
      de: [
        'einkommensnachweis',
        'gehaltsnachweis',
        'verdienstnachweis',
        'gehaltsabrechnung',
        'lohnabrechnung',
        'verdienstbescheinigung',
        'einkommensbescheinigung',
        'einkommensteuerbescheid',
        'steuerbescheid',
        'lohnsteuerbescheinigung',
      ],
      el: ['βεβαιωση αποδοχων', 'εκκαθαριστικο', 'εκκαθαριστικο σημειωμα', 'αποδεικτικο εισοδηματοσ'],
      en: [
        'proof of income',
        'proof of earnings',
        'proof of funds',
        'proof of sufficient funds',
        'income certificate',
        'income statement',
        'salary certificate',
        'payslip',
        'pay slip',
        'pay stub',
        'paystub',
        'salary slip',
        'wage slip',
        'tax return',
        'tax assessment',
        'income tax assessment',
        'wage tax statement',
      ],
      es: [
        'comprobante de ingresos',
        'constancia de ingresos',
        'certificado de ingresos',
        'certificado de ingresos y retenciones',
        'prueba de ingresos',
        'recibo de nomina',
        'nomina',
        'talon de pago',
        'declaracion de la renta',
        'declaracion anual',
        'declaracion de impuestos',
        'solvencia economica',
        'acreditacion de medios economicos',
      ],
      fr: [
        'justificatif de revenus',
        'justificatif de ressources',
        'preuve de revenus',
        'attestation de revenus',
        'bulletin de salaire',
        'fiche de paie',
        'avis d imposition',
      ],
      hr: ['potvrda o primanjima', 'potvrda o placi', 'platna lista', 'dokaz o prihodima'],
      hu: ['jovedelemigazolas', 'jovedelem igazolas', 'berjegyzek', 'adobevallas'],
      it: [
        'busta paga',
        'buste paga',
        'cedolino',
        'cedolino paga',
        'certificazione unica',
        'dichiarazione dei redditi',
        'modello 730',
        'prova di reddito',
      ],
      nl: [
        'loonstrook',
        'salarisstrook',
        'inkomensverklaring',
        'bewijs van inkomen',
        'jaaropgaaf',
        'aanslag inkomstenbelasting',
      ],
      pl: [
        'zaswiadczenie o dochodach',
        'zaswiadczenie o zarobkach',
        'odcinek wypłaty',
        'pasek wypłaty',
        'zeznanie podatkowe',
      ],
      pt: [
        'comprovativo de rendimentos',
        'comprovante de renda',
        'recibo de vencimento',
        'declaracao de irs',
        'declaracao de rendimentos',
        'nota de liquidacao',
        'comprovativo de meios de subsistencia',
        'contracheque',
        'holerite',
      ],
      ro: ['adeverinta de venit', 'adeverinta de salariu', 'fluturas de salariu', 'dovada veniturilor'],
      sk: ['potvrdenie o prijme', 'doklad o prijme', 'vyplatna paska', 'danove priznanie'],
    },
  },
  {
    id: 'bank_statement',
    label: { en: 'Bank statement', es: 'Estado de cuenta bancario' },
    acronyms: ['RIB'],
    names: {
      bg: ['банково извлечение', 'извлечение от банкова сметка'],
      cs: ['vypis z uctu', 'vypis z bankovniho uctu', 'bankovni vypis'],
      de: ['kontoauszug', 'kontoauszuge', 'bankauszug'],
      el: ['κινηση λογαριασμου', 'αντιγραφο κινησησ λογαριασμου', 'τραπεζικο αντιγραφο'],
      en: [
        'bank statement',
        'bank account statement',
        'account statement',
        'statement of account',
        'bank certificate',
      ],
      es: [
        'estado de cuenta',
        'estado de cuenta bancario',
        'estados de cuenta',
        'extracto bancario',
        'extracto de cuenta',
        'certificado bancario',
        'certificacion bancaria',
        'certificado de cuenta bancaria',
      ],
      fr: ['releve bancaire', 'releve de compte', 'releves de compte', 'releve d identite bancaire'],
      hr: ['bankovni izvod', 'izvod iz banke', 'izvod s racuna'],
      hu: ['bankszamlakivonat', 'szamlakivonat', 'bankszamla kivonat'],
      it: ['estratto conto', 'estratti conto', 'estratto conto bancario'],
      nl: ['bankafschrift', 'rekeningafschrift'],
      pl: ['wyciag bankowy', 'wyciag z konta', 'wyciagu bankowego', 'historia rachunku'],
      pt: ['extrato bancario', 'extratos bancarios', 'extrato de conta', 'declaracao bancaria'],
      ro: ['extras de cont', 'extrasul de cont', 'extras bancar'],
      sk: ['vypis z uctu', 'vypis z bankoveho uctu', 'bankovy vypis'],
    },
  },
  {
    id: 'criminal_record',
    label: { en: 'Criminal record certificate', es: 'Certificado de antecedentes penales' },
    acronyms: ['VOG', 'KRK'],
    names: {
      bg: ['свидетелство за съдимост'],
      cs: ['vypis z rejstriku trestu', 'vypis z evidence rejstriku trestu'],
      de: [
        'fuhrungszeugnis',
        'polizeiliches fuhrungszeugnis',
        'erweitertes fuhrungszeugnis',
        'strafregisterauszug',
        'strafregisterbescheinigung',
      ],
      el: ['αντιγραφο ποινικου μητρωου', 'ποινικο μητρωο'],
      en: [
        'criminal record',
        'criminal records',
        'criminal record certificate',
        'criminal records certificate',
        'certificate of no criminal record',
        'police certificate',
        'police clearance',
        'police clearance certificate',
        'certificate of good conduct',
        'good conduct certificate',
        'criminal background check',
      ],
      es: [
        'certificado de antecedentes penales',
        'antecedentes penales',
        'certificado de antecedentes',
        'carta de no antecedentes penales',
        'constancia de antecedentes penales',
        'constancia de no antecedentes penales',
        'antecedentes judiciales',
        'certificado de buena conducta',
      ],
      fr: ['extrait de casier judiciaire', 'casier judiciaire', 'certificat de bonne conduite'],
      hr: ['uvjerenje o nekaznjavanju', 'potvrda o nekaznjavanju'],
      hu: ['erkolcsi bizonyitvany', 'hatosagi erkolcsi bizonyitvany'],
      it: [
        'certificato del casellario giudiziale',
        'casellario giudiziale',
        'certificato penale',
        'certificato dei carichi pendenti',
      ],
      nl: ['verklaring omtrent het gedrag', 'uittreksel strafregister', 'bewijs van goed gedrag'],
      pl: ['zaswiadczenie o niekaralnosci', 'zaswiadczenie z krajowego rejestru karnego'],
      pt: [
        'certificado de registo criminal',
        'registo criminal',
        'certidao de antecedentes criminais',
        'atestado de antecedentes criminais',
        'antecedentes criminais',
      ],
      ro: ['cazier judiciar', 'certificat de cazier judiciar', 'certificatul de cazier judiciar'],
      sk: ['vypis z registra trestov', 'odpis z registra trestov'],
    },
  },
  {
    id: 'application_form',
    label: { en: 'Application form', es: 'Formulario de solicitud' },
    names: {
      bg: ['заявление', 'формуляр', 'молба'],
      cs: ['zadost', 'formular', 'formular zadosti', 'tiskopis'],
      de: ['antrag', 'antragsformular', 'formular', 'anmeldeformular', 'meldeschein', 'fragebogen'],
      el: ['αιτηση', 'εντυπο αιτησησ', 'εντυπο'],
      en: [
        'application form',
        'application',
        'form',
        'registration form',
        'request form',
        'visa application form',
        'visa application',
        'written request',
        'signed request',
      ],
      es: [
        'formulario',
        'formulario de solicitud',
        'solicitud',
        'solicitud de visa',
        'solicitud de visado',
        'impreso de solicitud',
        'impreso',
        'formato de solicitud',
        'formato',
        'modelo',
        'escrito libre',
      ],
      fr: ['formulaire', 'formulaire de demande', 'demande', 'dossier de demande', 'cerfa'],
      hr: ['zahtjev', 'obrazac', 'prijavni obrazac'],
      hu: ['kerelem', 'nyomtatvany', 'kerelmi nyomtatvany', 'adatlap', 'urlap'],
      it: ['modulo', 'moduli', 'modulo di domanda', 'modulo di richiesta', 'domanda', 'istanza'],
      nl: ['aanvraagformulier', 'formulier', 'aanvraag'],
      pl: ['wniosek', 'formularz', 'formularz wniosku', 'kwestionariusz'],
      pt: ['formulario', 'formulario de pedido', 'requerimento', 'impresso', 'modelo'],
      ro: ['cerere', 'cererea', 'formular', 'formularul', 'formular de cerere'],
      sk: ['ziadost', 'formular', 'tlacivo'],
    },
  },
  {
    id: 'fee_receipt',
    label: { en: 'Fee payment receipt', es: 'Comprobante de pago de derechos' },
    acronyms: ['F24'],
    names: {
      bg: ['документ за платена такса', 'платежно нареждане', 'квитанция'],
      cs: [
        'doklad o zaplaceni',
        'potvrzeni o zaplaceni',
        'doklad o zaplaceni poplatku',
        'potvrzeni o uhrade',
        'kolek',
      ],
      de: [
        'zahlungsbeleg',
        'zahlungsnachweis',
        'zahlungsbestatigung',
        'einzahlungsbeleg',
        'quittung',
        'gebuhrenquittung',
      ],
      el: ['παραβολο', 'ηλεκτρονικο παραβολο', 'αποδεικτικο πληρωμησ'],
      en: [
        'fee receipt',
        'fee payment receipt',
        'fee payment',
        'payment receipt',
        'proof of payment',
        'proof of fee payment',
        'receipt of payment',
        'payment confirmation',
        'payment form',
      ],
      es: [
        'comprobante de pago',
        'comprobante de pago de derechos',
        'justificante de pago',
        'justificante de la tasa',
        'justificante del pago',
        'recibo de pago',
        'pago de derechos',
        'pago de la tasa',
        'tasa',
        'linea de captura',
        'hoja de ayuda',
        'formato de pago',
      ],
      fr: [
        'recu de paiement',
        'justificatif de paiement',
        'preuve de paiement',
        'timbre fiscal',
        'quittance',
      ],
      hr: ['potvrda o uplati', 'dokaz o uplati', 'uplatnica', 'upravna pristojba'],
      hu: ['befizetesi bizonylat', 'igazolas a befizetesrol', 'illetekbelyeg', 'dijbefizetes igazolasa'],
      it: [
        'ricevuta di pagamento',
        'ricevuta del pagamento',
        'ricevuta di versamento',
        'attestazione di pagamento',
        'marca da bollo',
        'bollettino',
      ],
      nl: ['betalingsbewijs', 'bewijs van betaling', 'kwitantie'],
      pl: ['potwierdzenie opłaty', 'potwierdzenie zapłaty', 'dowod wpłaty', 'opłata skarbowa'],
      pt: [
        'comprovativo de pagamento',
        'comprovativo do pagamento',
        'comprovante de pagamento',
        'recibo de pagamento',
        'guia de pagamento',
      ],
      ro: ['dovada platii', 'chitanta', 'ordin de plata'],
      sk: ['doklad o zaplateni', 'potvrdenie o zaplateni', 'doklad o uhrade', 'kolok'],
    },
  },
  {
    id: 'appointment_confirmation',
    label: { en: 'Appointment confirmation', es: 'Confirmación de la cita' },
    names: {
      bg: ['потвърждение за час'],
      cs: ['potvrzeni rezervace', 'potvrzeni terminu'],
      de: ['terminbestatigung'],
      el: ['επιβεβαιωση ραντεβου'],
      en: ['appointment confirmation', 'appointment receipt', 'booking confirmation', 'appointment letter'],
      es: [
        'confirmacion de la cita',
        'confirmacion de cita',
        'justificante de la cita',
        'justificante de la cita previa',
        'comprobante de cita',
        'acuse de cita',
        'cita previa',
      ],
      fr: ['confirmation de rendez vous', 'confirmation du rendez vous', 'convocation'],
      hr: ['potvrda termina', 'potvrda o rezervaciji termina'],
      hu: ['idopontfoglalas visszaigazolasa', 'idopontfoglalas'],
      it: ['conferma dell appuntamento', 'conferma appuntamento', 'ricevuta di prenotazione'],
      nl: ['afspraakbevestiging', 'bevestiging van de afspraak'],
      pl: ['potwierdzenie wizyty', 'potwierdzenie rezerwacji terminu'],
      pt: ['confirmacao do agendamento', 'comprovativo de agendamento', 'comprovativo de marcacao'],
      ro: ['confirmarea programarii', 'confirmare programare'],
      sk: ['potvrdenie rezervacie', 'potvrdenie terminu'],
    },
  },
  {
    id: 'employment_contract',
    label: { en: 'Employment contract', es: 'Contrato de trabajo' },
    names: {
      bg: ['трудов договор', 'служебна бележка от работодател'],
      cs: ['pracovni smlouva', 'potvrzeni o zamestnani'],
      de: [
        'arbeitsvertrag',
        'arbeitsvertrage',
        'arbeitgeberbescheinigung',
        'arbeitsbescheinigung',
        'beschaftigungsnachweis',
      ],
      el: ['συμβαση εργασιασ', 'βεβαιωση εργοδοτη'],
      en: [
        'employment contract',
        'contract of employment',
        'employment or service contract',
        'service contract',
        'work contract',
        'labour contract',
        'job offer',
        'employment letter',
        'letter of employment',
        'employer letter',
        'employer certificate',
        'employment certificate',
        'proof of employment',
      ],
      es: [
        'contrato de trabajo',
        'contrato laboral',
        'contrato de prestacion de servicios',
        'oferta de trabajo',
        'oferta de empleo',
        'constancia laboral',
        'constancia de empleo',
        'carta laboral',
        'certificado laboral',
        'certificado de empresa',
      ],
      fr: [
        'contrat de travail',
        'attestation d employeur',
        'attestation de l employeur',
        'attestation de travail',
        'promesse d embauche',
      ],
      hr: ['ugovor o radu', 'potvrda o zaposlenju'],
      hu: ['munkaszerzodes', 'munkaltatoi igazolas'],
      it: ['contratto di lavoro', 'lettera di assunzione', 'dichiarazione del datore di lavoro'],
      nl: ['arbeidsovereenkomst', 'arbeidscontract', 'werkgeversverklaring'],
      pl: ['umowa o prace', 'zaswiadczenie o zatrudnieniu', 'umowa zlecenie'],
      pt: [
        'contrato de trabalho',
        'promessa de contrato de trabalho',
        'declaracao da entidade patronal',
        'declaracao do empregador',
        'comprovativo da situacao profissional',
      ],
      ro: ['contract de munca', 'contractul de munca', 'adeverinta de angajat', 'adeverinta de la angajator'],
      sk: ['pracovna zmluva', 'potvrdenie o zamestnani'],
    },
  },
  {
    id: 'rental_contract',
    label: { en: 'Rental contract', es: 'Contrato de arrendamiento' },
    names: {
      bg: ['договор за наем'],
      cs: ['najemni smlouva', 'smlouva o najmu'],
      de: ['mietvertrag', 'mietvertrage', 'untermietvertrag'],
      el: ['μισθωτηριο', 'μισθωτηριο συμβολαιο', 'συμβολαιο μισθωσησ'],
      en: [
        'rental contract',
        'rental agreement',
        'rent contract',
        'lease',
        'lease agreement',
        'tenancy agreement',
      ],
      es: ['contrato de arrendamiento', 'contrato de alquiler', 'contrato de arriendo'],
      fr: ['contrat de location', 'contrat de bail', 'bail'],
      hr: ['ugovor o najmu'],
      hu: ['berleti szerzodes'],
      it: ['contratto di locazione', 'contratto di affitto', 'contratto d affitto'],
      nl: ['huurovereenkomst', 'huurcontract'],
      pl: ['umowa najmu'],
      pt: ['contrato de arrendamento', 'contrato de locacao', 'contrato de aluguel'],
      ro: ['contract de inchiriere', 'contractul de inchiriere'],
      sk: ['najomna zmluva', 'zmluva o najme'],
    },
  },
  {
    id: 'health_insurance_proof',
    label: { en: 'Proof of health insurance', es: 'Comprobante de seguro médico' },
    acronyms: ['EHIC', 'TSE'],
    names: {
      bg: [
        'здравна осигуровка',
        'медицинска застраховка',
        'европеиска здравноосигурителна карта',
        'здравноосигурителна книжка',
      ],
      cs: [
        'zdravotni pojisteni',
        'cestovni zdravotni pojisteni',
        'prukaz pojistence',
        'doklad o zdravotnim pojisteni',
      ],
      de: [
        'krankenversicherung',
        'krankenversicherungsnachweis',
        'versicherungsnachweis',
        'nachweis der krankenversicherung',
        'nachweis der bisherigen versicherung',
        'mitgliedsbescheinigung',
        'gesundheitskarte',
        'elektronische gesundheitskarte',
        'krankenversichertenkarte',
        'reisekrankenversicherung',
      ],
      el: ['ασφαλιση υγειασ', 'ασφαλιστικη ικανοτητα', 'ευρωπαικη καρτα ασφαλισησ ασθενειασ'],
      en: [
        'health insurance',
        'proof of health insurance',
        'health insurance certificate',
        'health insurance card',
        'european health insurance card',
        'medical insurance',
        'travel insurance',
        'travel medical insurance',
        'proof of insurance',
        'proof of previous insurance',
        'insurance certificate',
        'insurance policy',
      ],
      es: [
        'seguro medico',
        'seguro de salud',
        'seguro de gastos medicos',
        'seguro de viaje',
        'poliza de salud',
        'poliza de seguro medico',
        'tarjeta sanitaria',
        'tarjeta sanitaria europea',
      ],
      fr: [
        'assurance maladie',
        'attestation d assurance maladie',
        'carte vitale',
        'carte europeenne d assurance maladie',
        'assurance sante',
        'assurance voyage',
      ],
      hr: [
        'zdravstveno osiguranje',
        'iskaznica zdravstvenog osiguranja',
        'dokaz o zdravstvenom osiguranju',
        'polica zdravstvenog osiguranja',
      ],
      hu: ['egeszsegbiztositas', 'taj kartya', 'europai egeszsegbiztositasi kartya', 'utasbiztositas'],
      it: [
        'assicurazione sanitaria',
        'polizza sanitaria',
        'tessera sanitaria',
        'tessera europea di assicurazione malattia',
      ],
      nl: [
        'zorgverzekering',
        'bewijs van zorgverzekering',
        'zorgpas',
        'verzekeringsbewijs',
        'ziektekostenverzekering',
      ],
      pl: ['ubezpieczenie zdrowotne', 'potwierdzenie ubezpieczenia zdrowotnego', 'polisa ubezpieczeniowa'],
      pt: ['seguro de saude', 'seguro de viagem', 'cartao europeu de seguro de doenca', 'plano de saude'],
      ro: [
        'asigurare de sanatate',
        'asigurare medicala',
        'card de sanatate',
        'card european de asigurari sociale de sanatate',
      ],
      sk: [
        'zdravotne poistenie',
        'cestovne zdravotne poistenie',
        'preukaz poistenca',
        'doklad o zdravotnom poisteni',
      ],
    },
  },
  {
    id: 'driving_licence',
    label: { en: 'Driving licence', es: 'Licencia de conducir' },
    acronyms: ['CNH'],
    names: {
      bg: ['шофьорска книжка', 'свидетелство за управление на моторно превозно средство'],
      cs: ['ridicsky prukaz', 'ridicskeho prukazu'],
      de: ['fuhrerschein', 'fuhrerscheine', 'internationaler fuhrerschein'],
      el: ['διπλωμα οδηγησησ', 'αδεια οδηγησησ'],
      en: [
        'driving licence',
        'driving license',
        'driver s licence',
        'driver s license',
        'drivers licence',
        'drivers license',
        'driver licence',
        'driver license',
        'driving permit',
        'international driving permit',
      ],
      es: [
        'licencia de conducir',
        'licencia de conduccion',
        'licencia de manejo',
        'permiso de conducir',
        'carnet de conducir',
        'carne de conducir',
      ],
      fr: ['permis de conduire'],
      hr: ['vozacka dozvola', 'vozacke dozvole', 'vozacku dozvolu'],
      hu: ['vezetoi engedely', 'jogositvany'],
      it: ['patente', 'patente di guida'],
      nl: ['rijbewijs'],
      pl: ['prawo jazdy', 'prawa jazdy'],
      pt: [
        'carta de conducao',
        'carteira de motorista',
        'carteira nacional de habilitacao',
        'licenca de conducao',
      ],
      ro: ['permis de conducere', 'permisul de conducere'],
      sk: ['vodicsky preukaz', 'vodicskeho preukazu'],
    },
  },
  {
    id: 'medical_certificate',
    label: { en: 'Medical certificate', es: 'Certificado médico' },
    names: {
      bg: ['медицинско свидетелство', 'медицинска бележка', 'медицинско удостоверение'],
      cs: ['lekarske potvrzeni', 'lekarska zprava', 'potvrzeni od lekare'],
      de: [
        'arztliches attest',
        'attest',
        'arztliche bescheinigung',
        'arztliches gutachten',
        'gesundheitszeugnis',
        'gesundheitsbescheinigung',
      ],
      el: ['ιατρικο πιστοποιητικο', 'ιατρικη βεβαιωση'],
      en: [
        'medical certificate',
        'health certificate',
        'medical report',
        'doctor s note',
        'doctor s certificate',
        'certificate of good health',
        'medical examination',
      ],
      es: [
        'certificado medico',
        'constancia medica',
        'informe medico',
        'certificado de salud',
        'certificado de buena salud',
        'examen medico',
      ],
      fr: ['certificat medical'],
      hr: ['lijecnicko uvjerenje', 'lijecnicka potvrda'],
      hu: ['orvosi igazolas', 'orvosi igazolast', 'orvosi lelet'],
      it: ['certificato medico', 'certificato di sana e robusta costituzione'],
      nl: ['medische verklaring', 'doktersverklaring', 'gezondheidsverklaring', 'medisch attest'],
      pl: ['zaswiadczenie lekarskie', 'orzeczenie lekarskie'],
      pt: ['atestado medico', 'certificado medico', 'relatorio medico'],
      ro: ['certificat medical', 'adeverinta medicala'],
      sk: ['lekarske potvrdenie', 'lekarska sprava'],
    },
  },
  {
    id: 'school_certificate',
    label: { en: 'School or enrolment certificate', es: 'Constancia de estudios' },
    names: {
      bg: ['уверение', 'уверение от училище', 'служебна бележка от училище', 'ученическа книжка'],
      cs: ['potvrzeni o studiu', 'potvrzeni o navsteve skoly', 'vysvedceni'],
      de: [
        'schulbescheinigung',
        'immatrikulationsbescheinigung',
        'studienbescheinigung',
        'schulzeugnis',
        'zeugnis',
      ],
      el: ['βεβαιωση σπουδων', 'βεβαιωση φοιτησησ', 'πιστοποιητικο σπουδων'],
      en: [
        'school certificate',
        'school enrolment certificate',
        'school enrollment certificate',
        'enrolment certificate',
        'enrollment certificate',
        'certificate of enrolment',
        'certificate of enrollment',
        'proof of enrolment',
        'proof of enrollment',
        'student certificate',
        'student id',
        'admission letter',
        'letter of admission',
        'report card',
      ],
      es: [
        'constancia de estudios',
        'credencial de estudiante',
        'certificado de estudios',
        'certificado de escolaridad',
        'certificado escolar',
        'constancia de inscripcion',
        'certificado de matricula',
        'carta de admision',
        'boleta de calificaciones',
      ],
      fr: [
        'certificat de scolarite',
        'attestation de scolarite',
        'certificat d inscription',
        'bulletin scolaire',
      ],
      hr: ['potvrda o upisu', 'potvrda o skolovanju', 'svjedodzba'],
      hu: ['iskolalatogatasi igazolas', 'hallgatoi jogviszony igazolas', 'bizonyitvany'],
      it: ['certificato di iscrizione', 'certificato di frequenza', 'certificato scolastico', 'pagella'],
      nl: ['inschrijvingsbewijs', 'schoolverklaring'],
      pl: [
        'zaswiadczenie ze szkoły',
        'zaswiadczenie o nauce',
        'legitymacja szkolna',
        'legitymacja studencka',
        'swiadectwo szkolne',
      ],
      pt: [
        'certificado de matricula',
        'comprovativo de matricula',
        'declaracao de matricula',
        'declaracao escolar',
        'certificado escolar',
      ],
      ro: ['adeverinta de elev', 'adeverinta de student', 'adeverinta de la scoala', 'foaie matricola'],
      sk: ['potvrdenie o navsteve skoly', 'potvrdenie o studiu', 'vysvedcenie'],
    },
  },
  {
    id: 'diploma',
    label: { en: 'Diploma or degree', es: 'Título o diploma' },
    names: {
      bg: ['диплома', 'дипломи'],
      cs: ['diplom', 'vysokoskolsky diplom', 'maturitni vysvedceni'],
      de: ['diplom', 'abschlusszeugnis', 'abiturzeugnis', 'hochschulabschluss', 'hochschulzeugnis'],
      el: ['πτυχιο', 'διπλωμα σπουδων'],
      en: [
        'diploma',
        'degree certificate',
        'university degree',
        'academic degree',
        'academic transcript',
        'transcript of records',
        'school leaving certificate',
      ],
      es: [
        'diploma',
        'titulo universitario',
        'titulo profesional',
        'titulo academico',
        'cedula profesional',
        'certificado de bachillerato',
        'certificado de secundaria',
      ],
      fr: ['diplome', 'releve de notes'],
      hr: ['diploma', 'diplomu'],
      hu: ['diploma', 'oklevel', 'erettsegi bizonyitvany'],
      it: ['diploma', 'diplomi', 'titolo di studio', 'laurea', 'certificato di laurea'],
      nl: ['diploma', 'getuigschrift', 'cijferlijst'],
      pl: ['dyplom', 'dyplom ukonczenia studiow', 'swiadectwo ukonczenia szkoły', 'swiadectwo dojrzałosci'],
      pt: ['diploma', 'certificado de habilitacoes', 'certificado de habilitacoes literarias'],
      ro: ['diploma', 'diploma de licenta', 'diploma de bacalaureat'],
      sk: ['diplom', 'vysokoskolsky diplom', 'maturitne vysvedcenie'],
    },
  },
  {
    id: 'power_of_attorney',
    label: { en: 'Power of attorney', es: 'Poder notarial' },
    names: {
      bg: ['пълномощно'],
      cs: ['plna moc'],
      de: ['vollmacht'],
      el: ['εξουσιοδοτηση', 'πληρεξουσιο'],
      en: [
        'power of attorney',
        'letter of authorisation',
        'letter of authorization',
        'authorisation letter',
        'authorization letter',
        'proxy',
      ],
      es: [
        'poder notarial',
        'carta poder',
        'poder especial',
        'poder general',
        'poder de representacion',
        'escritura de poder',
      ],
      fr: ['procuration'],
      hr: ['punomoc'],
      hu: ['meghatalmazas'],
      it: ['procura', 'procura speciale', 'delega'],
      nl: ['volmacht', 'machtiging'],
      pl: ['pełnomocnictwo', 'upowaznienie'],
      pt: ['procuracao'],
      ro: ['procura', 'imputernicire'],
      sk: ['plnomocenstvo', 'splnomocnenie'],
    },
  },
  {
    id: 'company_deed',
    label: { en: 'Company deed or registry extract', es: 'Acta constitutiva o certificado mercantil' },
    acronyms: ['KRS', 'KvK', 'ΓΕΜΗ'],
    names: {
      bg: ['учредителен акт', 'дружествен договор', 'удостоверение за актуално състояние'],
      cs: ['vypis z obchodniho rejstriku', 'zakladatelska listina', 'spolecenska smlouva'],
      de: ['handelsregisterauszug', 'gesellschaftsvertrag', 'grundungsurkunde', 'satzung'],
      el: ['καταστατικο', 'ιδρυτικη πραξη'],
      en: [
        'company deed',
        'deed of incorporation',
        'articles of incorporation',
        'articles of association',
        'certificate of incorporation',
        'memorandum of association',
        'commercial register extract',
        'commercial registry extract',
        'trade register extract',
        'company registration certificate',
      ],
      es: [
        'acta constitutiva',
        'escritura constitutiva',
        'escritura de constitucion',
        'estatutos sociales',
        'certificado de existencia y representacion legal',
        'certificado del registro mercantil',
        'nota simple del registro mercantil',
      ],
      fr: ['extrait kbis', 'kbis', 'statuts de la societe', 'acte constitutif'],
      hr: ['izvadak iz sudskog registra', 'drustveni ugovor', 'izjava o osnivanju'],
      hu: ['cegkivonat', 'tarsasagi szerzodes', 'alapito okirat'],
      it: ['atto costitutivo', 'visura camerale', 'statuto della societa'],
      nl: ['uittreksel handelsregister', 'uittreksel kvk', 'oprichtingsakte'],
      pl: ['odpis krs', 'umowa społki', 'akt załozycielski'],
      pt: [
        'certidao permanente',
        'pacto social',
        'escritura de constituicao',
        'certidao do registo comercial',
      ],
      ro: ['certificat constatator', 'act constitutiv', 'actul constitutiv', 'statutul societatii'],
      sk: ['vypis z obchodneho registra', 'zakladatelska listina', 'spolocenska zmluva'],
    },
  },
  {
    id: 'e_firma',
    label: { en: 'Electronic signature or digital certificate', es: 'e.firma o certificado digital' },
    acronyms: ['FIEL', 'SPID'],
    names: {
      bg: ['електронен подпис', 'квалифициран електронен подпис'],
      cs: ['elektronicky podpis', 'kvalifikovany certifikat'],
      de: [
        'elektronische signatur',
        'qualifizierte elektronische signatur',
        'elster',
        'elster zugang',
        'elster zertifikat',
      ],
      el: ['ψηφιακη υπογραφη', 'ηλεκτρονικη υπογραφη'],
      en: [
        'e firma',
        'efirma',
        'electronic signature',
        'advanced electronic signature',
        'digital signature',
        'digital certificate',
        'electronic certificate',
        'e signature',
      ],
      es: [
        'e firma',
        'efirma',
        'firma electronica',
        'firma electronica avanzada',
        'certificado digital',
        'certificado electronico',
        'certificado de firma electronica',
        'cl ve',
        'clave fiscal',
      ],
      fr: ['signature electronique', 'certificat electronique'],
      hr: ['elektronicki potpis', 'digitalni certifikat'],
      hu: ['elektronikus alairas', 'ugyfelkapu'],
      it: ['firma digitale', 'firma elettronica'],
      nl: ['digid', 'elektronische handtekening'],
      pl: ['podpis elektroniczny', 'podpis kwalifikowany', 'profil zaufany'],
      pt: ['chave movel digital', 'assinatura digital', 'assinatura eletronica', 'certificado digital'],
      ro: ['semnatura electronica', 'certificat digital'],
      sk: ['elektronicky podpis', 'kvalifikovany elektronicky podpis'],
    },
  },
  {
    id: 'curp',
    label: { en: 'CURP (population registry key)', es: 'CURP' },
    countries: ['mexico'],
    acronyms: ['CURP'],
    names: {
      en: ['population registry key', 'unique population registry code'],
      es: ['clave unica de registro de poblacion', 'constancia de la curp'],
    },
  },
  {
    id: 'rfc',
    label: { en: 'RFC (federal taxpayer registry)', es: 'RFC' },
    countries: ['mexico'],
    acronyms: ['RFC'],
    names: {
      en: ['federal taxpayer registry', 'tax status certificate'],
      es: [
        'registro federal de contribuyentes',
        'constancia de situacion fiscal',
        'cedula de identificacion fiscal',
      ],
    },
  },
  {
    id: 'nss',
    label: { en: 'NSS (IMSS social security number)', es: 'NSS (Número de Seguridad Social del IMSS)' },
    countries: ['mexico'],
    acronyms: ['NSS'],
    names: {
      en: ['imss social security number'],
      es: ['numero de seguridad social del imss'],
    },
  },
  {
    id: 'nie',
    label: { en: 'NIE (foreigner identity number)', es: 'NIE (número de identidad de extranjero)' },
    countries: ['spain'],
    acronyms: ['NIE'],
    names: {
      en: ['foreigner identity number', 'foreigner identification number', 'foreigner s identity number'],
      es: [
        'numero de identidad de extranjero',
        'numero de identificacion de extranjero',
        'certificado de nie',
      ],
    },
  },
  {
    id: 'nif',
    label: { en: 'NIF (tax number)', es: 'NIF (número de identificación fiscal)' },
    countries: ['spain', 'portugal'],
    acronyms: ['NIF'],
    names: {
      en: ['portuguese tax number', 'spanish tax number'],
      es: ['numero de identificacion fiscal'],
      pt: ['numero de identificacao fiscal', 'numero de contribuinte', 'cartao de contribuinte'],
    },
  },
  {
    id: 'niss',
    label: {
      en: 'NISS (Portuguese social security number)',
      es: 'NISS (número de seguridad social portugués)',
    },
    countries: ['portugal'],
    acronyms: ['NISS'],
    names: {
      en: ['portuguese social security number'],
      pt: [
        'numero de identificacao da seguranca social',
        'numero de seguranca social',
        'numero da seguranca social',
      ],
    },
  },
  {
    id: 'steuer_id',
    label: { en: 'German tax ID (Steuer-ID)', es: 'Número fiscal alemán (Steuer-ID)' },
    countries: ['germany'],
    acronyms: ['IdNr'],
    names: {
      de: [
        'steuer id',
        'steuerid',
        'steueridentifikationsnummer',
        'steuer identifikationsnummer',
        'steuerliche identifikationsnummer',
        'identifikationsnummer',
      ],
      en: ['german tax id', 'german tax identification number'],
    },
  },
  {
    id: 'cuit_cuil',
    label: { en: 'CUIT / CUIL (Argentine tax or labour number)', es: 'CUIT / CUIL' },
    countries: ['argentina'],
    acronyms: ['CUIT', 'CUIL', 'CDI'],
    names: {
      es: [
        'clave unica de identificacion tributaria',
        'clave unica de identificacion laboral',
        'codigo unico de identificacion laboral',
        'constancia de cuil',
        'constancia de cuit',
      ],
    },
  },
  {
    id: 'rut',
    label: { en: 'RUT (Colombian tax registry)', es: 'RUT (Registro Único Tributario)' },
    countries: ['colombia'],
    acronyms: ['RUT'],
    names: {
      en: ['single tax registry'],
      es: ['registro unico tributario'],
    },
  },
  {
    id: 'cedula_extranjeria',
    label: { en: 'Colombian foreigner ID card (cédula de extranjería)', es: 'Cédula de extranjería' },
    countries: ['colombia'],
    names: {
      en: ['cedula de extranjeria', 'colombian foreigner id'],
      es: ['cedula de extranjeria'],
    },
  },
] as const satisfies readonly KindSpec[];

export type KindId = (typeof TABLE)[number]['id'];

export interface DocumentKind {
  readonly id: KindId;
  readonly label: { readonly en: string; readonly es: string };
  /** Guide country slugs where the kind exists; absent for kinds found everywhere. */
  readonly countries?: readonly string[];
  /** Matched case-sensitively as whole words in a name of any language. */
  readonly acronyms?: readonly string[];
  /** More specific kinds that win when a name mentions both ("Tax ID (Steuer-ID)"). */
  readonly narrower?: readonly KindId[];
  /** Folded name phrases per language. */
  readonly names: { readonly [L in KindLang]?: readonly string[] };
}

export const KINDS: readonly DocumentKind[] = TABLE;

const BY_ID = new Map<string, DocumentKind>(KINDS.map((k) => [k.id, k]));

export function kindById(id: string): DocumentKind | null {
  return BY_ID.get(id) ?? null;
}

/** The Spanish label for Spanish, the English one for every other language. */
export function kindLabel(kind: DocumentKind, lang?: string): string {
  return lang?.toLowerCase().startsWith('es') ? kind.label.es : kind.label.en;
}

interface Pattern {
  kind: DocumentKind;
  order: number;
  words: readonly string[];
  chars: number;
  /** A single short word: too likely a false friend to try outside its own language. */
  short: boolean;
}

const PLURALS = ['s', 'es', 'n', 'en'] as const;
const MIN_STEM = 4;

function wordMatches(token: string, word: string): boolean {
  if (token === word) return true;
  return word.length >= MIN_STEM && PLURALS.some((suffix) => token === word + suffix);
}

/** The forms a token could be a plural of, so phrases can be looked up by their first word. */
function stems(token: string): string[] {
  const out = [token];
  for (const suffix of PLURALS) {
    if (token.endsWith(suffix) && token.length - suffix.length >= MIN_STEM)
      out.push(token.slice(0, -suffix.length));
  }
  return out;
}

type Index = Map<string, Pattern[]>;

function addTo(index: Index, key: string, pattern: Pattern): void {
  const list = index.get(key);
  if (list) list.push(pattern);
  else index.set(key, [pattern]);
}

const PHRASES_BY_LANG = new Map<string, Index>();
const ACRONYMS: Index = new Map();
let indexed = false;

/** Indexes every phrase by its first word, once, on the first match: listing never needs it. */
function ensureIndex(): void {
  if (indexed) return;
  indexed = true;

  KINDS.forEach((kind, order) => {
    for (const lang of KIND_LANGS) {
      for (const phrase of kind.names[lang] ?? []) {
        const words = phrase.split(' ');
        const pattern: Pattern = {
          kind,
          order,
          words,
          chars: phrase.length,
          short: words.length === 1 && phrase.length < 5,
        };
        let index = PHRASES_BY_LANG.get(lang);
        if (!index) PHRASES_BY_LANG.set(lang, (index = new Map()));
        addTo(index, words[0]!, pattern);
      }
    }
    for (const acronym of kind.acronyms ?? []) {
      addTo(ACRONYMS, acronym, { kind, order, words: [acronym], chars: acronym.length, short: false });
    }
  });
}

interface Hit {
  pattern: Pattern;
  start: number;
}

interface Tokens {
  folded: string[];
  /** The same words with accents stripped but case kept, for acronyms. */
  cased: string[];
}

function tokenize(name: string): Tokens {
  const cased = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  return { cased, folded: cased.map((t) => fold(t)) };
}

function better(a: Pattern, b: Pattern | undefined): boolean {
  if (!b) return true;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  if (a.chars !== b.chars) return a.chars > b.chars;
  return a.order < b.order;
}

/** The phrase that starts earliest in the name, the longest of those at that position. */
function search(tokens: Tokens, indexes: readonly Index[], accept: (p: Pattern) => boolean): Hit | null {
  const { folded, cased } = tokens;
  for (let start = 0; start < folded.length; start++) {
    let best: Pattern | undefined;
    const candidates: Pattern[] = [...(ACRONYMS.get(cased[start]!) ?? [])];
    for (const index of indexes) {
      for (const stem of stems(folded[start]!)) candidates.push(...(index.get(stem) ?? []));
    }
    for (const pattern of candidates) {
      if (!accept(pattern) || !better(pattern, best)) continue;
      if (pattern.words.length > folded.length - start) continue;
      // The first word (or the acronym) already matched through the index lookup.
      if (pattern.words.every((word, k) => k === 0 || wordMatches(folded[start + k]!, word))) best = pattern;
    }
    if (best) return { pattern: best, start };
  }
  return null;
}

function langKey(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  const key = fold(lang).slice(0, 2);
  return PHRASES_BY_LANG.has(key) ? key : undefined;
}

/**
 * The kind of document a checklist item names, or null. With `lang`, that language's phrases are
 * tried first and the others only when none of them match, so a word that means something else in
 * another language (German "Pass", English "pass") does not decide an item on its own.
 */
export function matchKind(name: string, lang?: string): DocumentKind | null {
  ensureIndex();
  const tokens = tokenize(name);
  if (tokens.folded.length === 0) return null;
  const own = langKey(lang);
  const all = [...PHRASES_BY_LANG.values()];
  let hit: Hit | null;
  if (own) {
    hit = search(tokens, [PHRASES_BY_LANG.get(own)!], () => true);
    hit ??= search(tokens, all, (p) => !p.short);
  } else {
    hit = search(tokens, all, () => true);
  }
  if (!hit) return null;
  const narrower = hit.pattern.kind.narrower;
  if (narrower && narrower.length > 0) {
    const wanted = new Set<string>(narrower);
    // Local terms are often quoted in another language ("Tax ID (Steuer-ID)"), so look in all of them.
    const refined = search(tokens, all, (p) => wanted.has(p.kind.id));
    if (refined) return refined.pattern.kind;
  }
  return hit.pattern.kind;
}
