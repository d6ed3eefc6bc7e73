import type { GUIDE_LANGUAGES } from '../library/languages.js';
import type { TopicId } from './topics.js';

/**
 * Topic keywords, matched against every guide whatever its language: English guides quote local
 * terms ("empadronamiento", "Anmeldung", "cédula") and slugs are often English under a title in
 * another language, so restricting a guide to its own language's words would lose real hits.
 *
 * Entries are in the phrase syntax of src/vocab/phrase.ts. Most words are stems ("pasaport*"), so
 * that "osobn* iskaznic*" matches "osobne iskaznice" in languages that inflect every word; a word
 * without `*` must be the whole word (or its simple plural): "visti" is not "vistiamo". A word
 * listed under two languages of one topic ("visa", "notar") still counts once.
 *
 * When several entries overlap, the longest one wins and the shorter ones do not count, so
 * "birth certificate" is family only and "Steuer-ID" is taxes, not identity as well.
 *
 * Decisions:
 * - Address registration (empadronamiento, padrón, Anmeldung, zameldowanie...) is housing, not
 *   residence: citizens do it too, and it is about where you live, not your right to stay.
 * - "Social security" (and its numbers, NSS, NISS, AMKA...) is health, as in the taxonomy's
 *   "Health & social security"; pension funds and benefits (AFORE, unemployment, child benefit) are
 *   pensions, as in "Pensions & benefits". ZUS, EFKA and the like follow the social security side.
 * - Words for the audience rather than the subject ("foreigner", "extranjero", "Ausländer") are
 *   left out: community titles say "for foreigners" about IDs, insurance and bank accounts alike.
 *   Immigration offices (extranjería, Ausländerbehörde) and statuses (residente) stay in.
 * - Self-employment words (autónomo, trabalhador independente, Gewerbe, partita IVA) are business,
 *   even where the procedure is a tax registration; tax words in the same title add taxes.
 * - Left out as too ambiguous across 15 languages, or too common in titles of every topic:
 *   "art", "car", "tax" as a stem (taxi), "rent"/"renta" as stems (rent, income, German pension),
 *   "family"/"familia" (health and residence titles use them), "child", "register", "registration",
 *   "application", "matrícula" alone (a number plate in Spain, school enrolment elsewhere), "firma"
 *   (a company in German and Polish, a signature in Spanish), "reforma" (pension in Portugal,
 *   renovation in Spain), "location", "bail", "flat", "home", "labor" as a stem (laboratory),
 *   "schul" (Schulden), "primaria" (atención primaria), and acronyms that are everyday words
 *   elsewhere: "MOT" (French), "SUS" (Spanish), "ANSES", "ARCA", "SEP", "RUN".
 */
type Language = (typeof GUIDE_LANGUAGES)[number];

// Kept as a table, a few lines per language, rather than one word a line.
// prettier-ignore
export const TOPIC_KEYWORDS = {
  identity: {
    bg: ['паспорт*', 'лична* карта*', 'лични* карти*', 'личната* карта*', 'самоличност*', 'ЕГН'],
    cs: ['cestovní* pas*', 'cestovního* pasu*', 'občanský* průkaz*', 'občanského* průkazu*', 'občank*', 'totožnost*'],
    de: ['personalausweis*', 'reisepass*', 'kinderreisepass*', 'ausweis*', 'lichtbildausweis*', 'identitätskarte*', 'identität*'],
    el: ['διαβατήρι*', 'ταυτότητ*', 'δελτίο* ταυτότητας*'],
    en: ['passport*', 'identity*', 'id* card*', 'identification* card*', 'national* id*', 'voter* id*', 'travel* document*', 'ID'],
    es: ['pasaport*', 'identidad*', 'documento* nacional* de* identidad*', 'cédula*', 'cédula* de* extranjería*', 'cédula* de* identidad*', 'cédula* de* ciudadanía*', 'carnet* de* identidad*', 'credencial* para* votar*', 'credencial* de* elector*', 'DNI', 'CURP', 'NIE', 'INE', 'RENAPER', 'RENAPO'],
    fr: ['carte* d\'identité*', 'carte* nationale* d\'identité*', 'pièce* d\'identité*', 'passeport*', 'identité*', 'CNI'],
    hr: ['putovnic*', 'osobna* iskaznic*', 'osobnu* iskaznic*', 'osobne* iskaznic*', 'identitet*'],
    hu: ['útlevél*', 'személyi* igazolvány*', 'személyazonosító* igazolvány*', 'személyazonosság*'],
    it: ['carta* d\'identità*', 'carta* di* identità*', 'documento* d\'identità*', 'passaport*', 'identità*', 'CIE'],
    nl: ['paspoort*', 'identiteitskaart*', 'identiteitsbewijs*', 'id* kaart*', 'identiteit*', 'BSN'],
    pl: ['paszport*', 'dowód* osobist*', 'dowodu* osobist*', 'tożsamoś*', 'PESEL'],
    pt: ['passaport*', 'cartão* de* cidadão*', 'bilhete* de* identidade*', 'carteira* de* identidade*', 'identidade*', 'RG'],
    ro: ['pașaport*', 'carte* de* identitate*', 'cartea* de* identitate*', 'cărții* de* identitate*', 'identitate*', 'CNP'],
    sk: ['cestovný* pas*', 'cestovného* pasu*', 'občiansky* preukaz*', 'občianskeho* preukazu*', 'totožnosť*'],
  },
  residence: {
    bg: ['пребиваване*', 'пребиваващ*', 'разрешение* за* пребиваване*', 'виза*', 'визи', 'имиграц*', 'миграц*', 'гражданство*', 'убежище*'],
    cs: ['pobyt*', 'povolení* k* pobytu*', 'vízum*', 'víza', 'cizinecká* policie*', 'občanství*', 'azyl*', 'migrac*'],
    de: ['aufenthalt*', 'niederlassungserlaubnis*', 'visum*', 'einwanderung*', 'zuwanderung*', 'ausländerbehörde*', 'einbürgerung*', 'staatsangehörigkeit*', 'asyl*', 'familiennachzug*', 'freizügigkeit*', 'blaue* karte*'],
    el: ['άδεια* διαμονής*', 'διαμονή*', 'βίζα*', 'θεώρηση* εισόδου*', 'μετανάστ*', 'ιθαγένει*', 'άσυλο*'],
    en: ['residence*', 'residency*', 'permanent* resident*', 'temporary* resident*', 'visa*', 'immigra*', 'migrant*', 'migrat*', 'citizenship*', 'naturali*', 'asylum*', 'refugee*', 'green* card*', 'family* reunification*', 'registration* certificate*', 'eu* citizen*'],
    es: ['residencia*', 'residente*', 'visado*', 'migración*', 'migratori*', 'inmigra*', 'extranjería*', 'nacionalidad*', 'naturaliza*', 'asilo*', 'refugi*', 'arraigo*', 'reagrupación* familiar*', 'tarjeta* de* residencia*', 'TIE', 'INM', 'RaDEX*'],
    fr: ['titre* de* séjour*', 'carte* de* séjour*', 'séjour*', 'naturalisation*', 'nationalité*', 'asile*', 'regroupement* familial*'],
    hr: ['boravak*', 'boravka*', 'boravku*', 'viza', 'vize', 'vizu', 'državljanstv*', 'azil*'],
    hu: ['tartózkod*', 'letelepedés*', 'vízum*', 'bevándorl*', 'idegenrendészet*', 'állampolgárság*', 'menedék*'],
    it: ['permesso* di* soggiorno*', 'carta* di* soggiorno*', 'soggiorno*', 'residenza*', 'visto', 'visti', 'cittadinanza*', 'ricongiungimento* familiare*'],
    nl: ['verblijf*', 'visum*', 'immigratie*', 'naturalisatie*', 'inburgering*', 'asiel*', 'gezinshereniging*', 'IND'],
    pl: ['pobyt*', 'karta* pobytu*', 'zezwolenie* na* pobyt*', 'zezwolenia* na* pobyt*', 'wiza*', 'wizy', 'wizę*', 'wiz', 'obywatelstw*', 'azyl*', 'migrac*'],
    pt: ['autorização* de* residência*', 'título* de* residência*', 'residência*', 'visto', 'vistos', 'imigra*', 'nacionalidade*', 'cidadania*', 'certificado* de* registo*', 'cidadão* da* união* europeia*', 'reagrupamento* familiar*', 'AIMA', 'SEF', 'RNM'],
    ro: ['permis* de* ședere*', 'drept* de* ședere*', 'ședere*', 'viză*', 'vize*', 'imigr*', 'cetățeni*', 'azil*', 'IGI'],
    sk: ['povolenie* na* pobyt*', 'pobyt*', 'vízum*', 'víza', 'cudzinecká* polícia*', 'občianstv*', 'azyl*'],
  },
  health: {
    bg: ['здравн*', 'здраве*', 'здравеопазване*', 'лекар*', 'болниц*', 'ваксин*', 'НЗОК', 'ТЕЛК'],
    cs: ['zdravotní*', 'zdravotn*', 'zdraví*', 'pojišťovn*', 'sociální* pojištění*', 'lékař*', 'nemocnic*', 'očkování*', 'VZP'],
    de: ['krankenversicherung*', 'krankenkasse*', 'krank*', 'gesundheit*', 'sozialversicherung*', 'pflegeversicherung*', 'arzt*', 'ärzt*', 'hausarzt*', 'krankenhaus*', 'impf*', 'schwerbehindert*'],
    el: ['υγεία*', 'υγείας*', 'υγειον*', 'κοινωνική* ασφάλιση*', 'ιατρ*', 'γιατρ*', 'νοσοκομεί*', 'εμβόλι*', 'ΑΜΚΑ', 'ΕΟΠΥΥ', 'ΕΦΚΑ'],
    en: ['health*', 'social* security*', 'social* insurance*', 'medical*', 'medicine*', 'hospital*', 'doctor*', 'vaccin*', 'prescription*', 'pharmac*', 'disability*', 'sick* leave*', 'EHIC', 'NHS'],
    es: ['salud*', 'seguro* social*', 'seguridad* social*', 'sanidad*', 'sanitari*', 'médic*', 'vacun*', 'incapacidad*', 'discapacidad*', 'obra* social*', 'IMSS', 'ISSSTE', 'EPS', 'NSS', 'INSABI', 'FONASA', 'ISAPRE', 'EsSalud*', 'CCSS'],
    fr: ['santé*', 'assurance* maladie*', 'maladie*', 'sécurité* sociale*', 'carte* vitale*', 'médecin*', 'hôpital*', 'mutuelle*', 'handicap*', 'CPAM'],
    hr: ['zdravstven*', 'zdravlj*', 'liječni*', 'bolnic*', 'cijeplj*', 'HZZO'],
    hu: ['egészség*', 'társadalombiztosítás*', 'orvos*', 'kórház*', 'oltás*', 'TAJ', 'NEAK'],
    it: ['salute*', 'sanitari*', 'tessera* sanitaria*', 'medico*', 'ospedal*', 'vaccin*', 'SSN', 'ASL'],
    nl: ['zorgverzekering*', 'zorgtoeslag*', 'zorg', 'gezondheid*', 'huisarts*', 'ziekenhuis*', 'ziektekosten*', 'ziek*', 'vaccin*'],
    pl: ['zdrowot*', 'zdrowi*', 'ubezpieczenie* społeczne*', 'ubezpieczenia* społecznego*', 'lekarz*', 'szpital*', 'szczepie*', 'NFZ', 'EKUZ', 'ZUS'],
    pt: ['saúde*', 'segurança* social*', 'seguridade* social*', 'número* de* utente*', 'utente*', 'médic*', 'vacin*', 'SNS', 'NISS'],
    ro: ['sănătate*', 'asigurări* sociale*', 'asigurare* socială*', 'medic*', 'spital*', 'vaccin*', 'CNAS'],
    sk: ['zdravotn*', 'zdravie*', 'zdravia*', 'sociálne* poistenie*', 'lekár*', 'nemocnic*', 'očkovani*'],
  },
  pensions: {
    bg: ['пенси*', 'безработ*', 'обезщетени*', 'надбавк*', 'социални* помощи*', 'НОИ'],
    cs: ['důchod*', 'nezaměstnan*', 'podpora* v* nezaměstnanosti*', 'dávk*', 'přídav*', 'ČSSZ'],
    de: ['rente*', 'ruhestand*', 'altersvorsorge*', 'arbeitslos*', 'bürgergeld*', 'kindergeld*', 'elterngeld*', 'sozialhilfe*', 'grundsicherung*'],
    el: ['σύνταξ*', 'συνταξιοδότ*', 'ανεργ*', 'άνεργ*', 'επίδομ*', 'ΔΥΠΑ', 'ΟΑΕΔ'],
    en: ['pension*', 'retire*', 'unemploy*', 'jobseeker*', 'benefit*', 'allowance*', 'old* age*', 'widow*', 'welfare*', 'social* assistance*', 'universal* credit*'],
    es: ['pensión*', 'pensiones*', 'jubila*', 'desemple*', 'paro', 'prestación*', 'prestaciones*', 'subsidio*', 'cesantía*', 'viudedad*', 'orfandad*', 'ingreso* mínimo* vital*', 'asignación* universal*', 'asignación* familiar*', 'modalidad* 40*', 'colpensiones*', 'AFORE', 'AFORES', 'AFP', 'ONP'],
    fr: ['retraite*', 'chômage*', 'allocation*', 'prestation*', 'RSA', 'CAF'],
    hr: ['mirovin*', 'umirovlj*', 'nezaposlen*', 'doplatak*', 'doplatka*', 'naknad*', 'HZMO'],
    hu: ['nyugdíj*', 'nyugellátás*', 'munkanélküli*', 'álláskeresési*', 'családi* pótlék*', 'segély*'],
    it: ['pensione*', 'pensioni*', 'disoccupazione*', 'assegno*', 'indennità*', 'previdenza*', 'reddito* di* cittadinanza*', 'INPS', 'NASpI*'],
    nl: ['pensioen*', 'uitkering*', 'werkloos*', 'kinderbijslag*', 'toeslag*', 'bijstand*', 'AOW', 'UWV', 'SVB'],
    pl: ['emerytur*', 'zasiłek*', 'zasiłk*', 'bezroboc*', 'bezrobotn*', 'świadczeni*', 'KRUS'],
    pt: ['pensão*', 'pensões*', 'aposentadoria*', 'aposentar*', 'reforma* por* velhice*', 'pensão* de* velhice*', 'desemprego*', 'subsídio*', 'prestação* social*', 'prestações* sociais*', 'abono*', 'bolsa* família*', 'INSS'],
    ro: ['pensie*', 'pensii*', 'pensia*', 'pensionar*', 'șomaj*', 'indemnizați*', 'alocați*', 'ajutor* social*', 'CNPP'],
    sk: ['dôchod*', 'nezamestnan*', 'dávk*', 'prídav*', 'sociálna* poisťovňa*'],
  },
  taxes: {
    bg: ['данък*', 'данъц*', 'данъчн*', 'НАП', 'ДДС'],
    cs: ['daň', 'daní', 'daňov*', 'daň* z* příjm*', 'daně* z* příjm*', 'finanční* úřad*', 'finančního* úřadu*', 'DPH', 'DIČ'],
    de: ['steuer*', 'steuer* id*', 'steuernummer*', 'einkommensteuer*', 'lohnsteuer*', 'umsatzsteuer*', 'grundsteuer*', 'kirchensteuer*', 'finanzamt*', 'ELSTER'],
    el: ['φορολογ*', 'φόρος', 'φόρου', 'φόρων', 'φόρους', 'εφορία*', 'ΑΦΜ', 'ΦΠΑ', 'ΑΑΔΕ', 'ΕΝΦΙΑ'],
    en: ['tax', 'taxes', 'taxpay*', 'taxation*', 'taxable*', 'tax* id*', 'fiscal*', 'invoic*', 'customs*', 'VAT', 'IRS', 'HMRC', 'TIN', 'ITIN'],
    es: ['impuest*', 'tribut*', 'contribuyente*', 'declaración* de* la* renta*', 'declaración* anual*', 'hacienda*', 'factura*', 'aduana*', 'predial*', 'IVA', 'ISR', 'RFC', 'SAT', 'NIF', 'NIT', 'RUT', 'RUC', 'CUIT', 'AFIP', 'DIAN', 'SII', 'SUNAT', 'CFDI', 'RESICO'],
    fr: ['impôt*', 'taxe', 'déclaration* de* revenus*', 'numéro* fiscal*', 'TVA'],
    hr: ['porez*', 'PDV', 'OIB'],
    hu: ['adó', 'adót', 'adószám*', 'adóazonosító*', 'adóbevallás*', 'adóhatóság*', 'adóügy*', 'NAV', 'ÁFA', 'SZJA', 'KATA'],
    it: ['tasse', 'impost*', 'codice* fiscale*', 'agenzia* delle* entrate*', 'dichiarazione* dei* redditi*', 'redditi*', 'IRPEF', 'IMU'],
    nl: ['belasting*', 'inkomstenbelasting*', 'omzetbelasting*', 'fiscaal*', 'btw*'],
    pl: ['podat*', 'urząd* skarbow*', 'urzędu* skarbow*', 'skarbow*', 'PIT', 'NIP', 'CIT'],
    pt: ['imposto*', 'finanças*', 'portal* das* finanças*', 'número* de* contribuinte*', 'contribuinte*', 'receita* federal*', 'declaração* de* rendimentos*', 'CPF', 'IMI'],
    ro: ['impozit*', 'cod* fiscal*', 'declarația* unică*', 'declarație* unică*', 'ANAF'],
    sk: ['daň', 'daní', 'daňov*', 'daň* z* príjm*', 'dane* z* príjm*', 'daňový* úrad*', 'finančná* správa*', 'DPH', 'DIČ'],
  },
  work: {
    bg: ['работ*', 'трудов*', 'заетост*', 'заплат*'],
    cs: ['práce', 'pracovn*', 'zaměstnan*', 'zaměstnav*', 'zaměstnanecká* karta*', 'mzd*'],
    de: ['arbeit*', 'arbeitnehmer*', 'arbeitgeber*', 'beschäftigung*', 'minijob*', 'gehalt*', 'beruf*'],
    el: ['εργασ*', 'εργαζ*', 'εργοδότ*', 'απασχόληση*', 'άδεια* εργασίας*', 'μισθ*', 'ΕΡΓΑΝΗ'],
    en: ['work', 'worker*', 'workers*', 'working*', 'workplace*', 'work* permit*', 'employ*', 'job', 'jobs', 'labour*', 'labor', 'payroll*', 'salary*', 'wage*', 'dismissal*', 'severance*'],
    es: ['trabaj*', 'empleo*', 'emplead*', 'empleador*', 'contrato* de* trabajo*', 'permiso* de* trabajo*', 'laboral*', 'nómina*', 'salario*', 'despido*', 'finiquito*', 'CUIL'],
    fr: ['travail*', 'travailleur*', 'emploi*', 'contrat* de* travail*', 'autorisation* de* travail*', 'salaire*', 'licenciement*', 'fiche* de* paie*', 'pôle* emploi*', 'france* travail*'],
    hr: ['posao*', 'posla', 'poslodav*', 'zaposlen*', 'radna* dozvola*', 'radn*', 'ugovor* o* radu*'],
    hu: ['munka*', 'foglalkoztat*', 'állás*', 'fizetés*'],
    it: ['lavor*', 'impiego*', 'occupazione*', 'contratto* di* lavoro*', 'permesso* di* lavoro*', 'busta* paga*', 'stipendio*', 'licenziamento*'],
    nl: ['werk*', 'werkgever*', 'werknemer*', 'werkvergunning*', 'tewerkstelling*', 'arbeid*', 'baan', 'salaris*', 'loon', 'ontslag*'],
    pl: ['praca*', 'pracy*', 'prac', 'pracę*', 'pracown*', 'pracodaw*', 'pracuj*', 'zatrudni*', 'wynagrodzeni*'],
    pt: ['trabalh*', 'emprego*', 'empregad*', 'empregador*', 'contrato* de* trabalho*', 'autorização* de* trabalho*', 'carteira* de* trabalho*', 'salário*', 'despedimento*', 'CTPS'],
    ro: ['muncă*', 'muncii*', 'munci', 'muncitor*', 'angaja*', 'loc* de* muncă*', 'salariu*', 'ITM', 'REVISAL'],
    sk: ['práca*', 'práce', 'prácu*', 'pracovn*', 'zamestnan*', 'zamestnáv*', 'mzd*'],
  },
  business: {
    bg: ['фирм*', 'бизнес*', 'дружеств*', 'търговски* регистър*', 'търговец*', 'самоосигуряващ*', 'свободна* професия*', 'предприят*', 'ЕООД', 'ООД'],
    cs: ['živnost*', 'podnik*', 'obchodní* rejstřík*', 'obchodní* společnost*', 'OSVČ'],
    de: ['gewerbe*', 'unternehm*', 'selbstständig*', 'selbständig*', 'freiberuf*', 'existenzgründ*', 'firmengründ*', 'handelsregister*', 'GmbH*'],
    el: ['επιχείρησ*', 'επιχειρήσ*', 'επιχειρημα*', 'εταιρ*', 'ελεύθερος* επαγγελματ*', 'ελεύθερων* επαγγελματ*', 'έναρξη* δραστηριότητας*', 'ΓΕΜΗ'],
    en: ['business*', 'company*', 'companies*', 'self* employed*', 'self* employment*', 'self* employed* worker*', 'freelanc*', 'sole* trader*', 'sole* proprietor*', 'entrepreneur*', 'startup*', 'trade* licen*', 'commercial* register*', 'incorporat*', 'LLC'],
    es: ['empresa*', 'negocio*', 'autónomo*', 'trabajador* independiente*', 'trabajadora* independiente*', 'trabajadores* independientes*', 'trabajador* autónomo*', 'trabajadores* autónomos*', 'emprend*', 'sociedad*', 'registro* mercantil*', 'persona* moral*', 'actividad* empresarial*', 'licencia* de* funcionamiento*', 'patente* comercial*', 'pyme*', 'RETA', 'SAS'],
    fr: ['entreprise*', 'auto* entrepreneur*', 'micro* entrepreneur*', 'micro* entreprise*', 'société*', 'travailleur* indépendant*', 'travailleurs* indépendants*', 'profession* libérale*', 'SIRET', 'SIREN', 'URSSAF', 'KBIS'],
    hr: ['obrt*', 'poduzeć*', 'poduzetni*', 'tvrtk*', 'samozaposlen*', 'sudski* registar*'],
    hu: ['vállalkoz*', 'cég', 'céget*', 'cégbejegyz*', 'cégalapít*', 'KFT'],
    it: ['impresa*', 'imprese*', 'azienda*', 'aziende*', 'partita* iva*', 'lavoratore* autonomo*', 'lavoratori* autonomi*', 'libero* professionista*', 'camera* di* commercio*', 'società*', 'ditta*', 'SRL', 'SUAP'],
    nl: ['bedrijf*', 'onderneming*', 'ondernemer*', 'zzp*', 'zelfstandig*', 'eenmanszaak*', 'kamer* van* koophandel*', 'handelsregister*', 'KVK'],
    pl: ['działalność* gospodarcz*', 'działalności* gospodarcz*', 'przedsiębior*', 'spółk*', 'samozatrudni*', 'CEIDG', 'KRS', 'REGON'],
    pt: ['empresa*', 'negócio*', 'trabalhador* independente*', 'trabalhadores* independentes*', 'início* de* atividade*', 'abrir* atividade*', 'recibos* verdes*', 'empreend*', 'sociedade*', 'CNPJ', 'MEI'],
    ro: ['societate*', 'societăți*', 'întreprind*', 'afacer*', 'registrul* comerțului*', 'PFA', 'SRL', 'ONRC'],
    sk: ['živnost*', 'podnik*', 'obchodný* register*', 'obchodná* spoločnosť*', 'SZČO'],
  },
  vehicles: {
    bg: ['шофьорска* книжка*', 'шофьор*', 'свидетелство* за* управление*', 'моторно* превозно*', 'превозно* средство*', 'автомобил*', 'винетк*', 'технически* преглед*', 'МПС', 'КАТ'],
    cs: ['řidičský* průkaz*', 'řidičského* průkazu*', 'řidičák*', 'vozidl*', 'automobil*', 'auto', 'registrační* značk*', 'technický* průkaz*', 'dálniční* známk*', 'STK'],
    de: ['führerschein*', 'fahrerlaubnis*', 'fahrzeug*', 'kfz*', 'auto', 'autos', 'kennzeichen*', 'zulassungsstelle*', 'hauptuntersuchung*', 'fahrschule*', 'TÜV'],
    el: ['δίπλωμα* οδήγησης*', 'άδεια* οδήγησης*', 'οδήγησ*', 'όχημ*', 'οχήμ*', 'αυτοκίνητ*', 'πινακίδ*', 'άδεια* κυκλοφορίας*', 'τέλη* κυκλοφορίας*', 'ΚΤΕΟ'],
    en: ['driving* licen*', 'driver* s* licen*', 'drivers* licen*', 'driving* test*', 'vehicle*', 'car* registration*', 'car* insurance*', 'motor*', 'motorcycle*', 'number* plate*', 'license* plate*', 'licence* plate*', 'traffic*', 'parking*', 'roadworthiness*', 'DMV', 'DVLA'],
    es: ['licencia* de* conducir*', 'licencia* de* manejo*', 'licencia* de* conducción*', 'permiso* de* conducir*', 'permiso* de* circulación*', 'carnet* de* conducir*', 'vehícul*', 'automóvil*', 'coche*', 'placa', 'placas', 'matrícula* del* vehículo*', 'tarjeta* de* circulación*', 'verificación* vehicular*', 'tenencia* vehicular*', 'tránsito', 'tráfico', 'moto', 'motocicl*', 'DGT', 'ITV', 'SOAT', 'RUNT'],
    fr: ['permis* de* conduire*', 'carte* grise*', 'véhicule*', 'voiture*', 'immatriculation*', 'certificat* d\'immatriculation*', 'contrôle* technique*', 'auto* école*', 'code* de* la* route*'],
    hr: ['vozačk*', 'vozil*', 'automobil*', 'registracija* vozila*', 'tehnički* pregled*', 'prometn*'],
    hu: ['jogosítvány*', 'vezetői* engedély*', 'gépjármű*', 'jármű*', 'autó', 'forgalmi* engedély*', 'rendszám*', 'műszaki* vizsga*'],
    it: ['patente* di* guida*', 'patente', 'patenti', 'veicol*', 'automobil*', 'auto', 'targa*', 'targh*', 'libretto* di* circolazione*', 'immatricolazione*', 'bollo* auto*', 'motorizzazione*'],
    nl: ['rijbewijs*', 'voertuig*', 'auto', 'kenteken*', 'RDW', 'APK', 'CBR'],
    pl: ['prawo* jazdy*', 'prawa* jazdy*', 'pojazd*', 'samochód*', 'tablice* rejestracyjne*', 'dowód* rejestracyjny*', 'przegląd* techniczny*'],
    pt: ['carta* de* condução*', 'carteira* de* motorista*', 'carteira* de* habilitação*', 'carteira* nacional* de* habilitação*', 'veícul*', 'automóve*', 'CNH', 'IMT', 'DETRAN', 'IPVA'],
    ro: ['permis* de* conducere*', 'permisul* de* conducere*', 'permis* auto*', 'autovehicul*', 'vehicul*', 'înmatricul*', 'mașin*', 'ITP', 'RCA', 'DRPCIV'],
    sk: ['vodičský* preukaz*', 'vodičského* preukazu*', 'vodičák*', 'vozidl*', 'automobil*', 'auto', 'technický* preukaz*', 'diaľničná* známk*', 'EČV'],
  },
  family: {
    bg: ['раждане*', 'удостоверение* за* раждане*', 'акт* за* раждане*', 'брак', 'брака*', 'сключване* на* брак*', 'развод*', 'смърт*', 'акт* за* смърт*', 'осиновяване*', 'гражданско* състояние*', 'майчинство*', 'бащинство*'],
    cs: ['narození*', 'rodný* list*', 'manželství*', 'sňatek*', 'sňatku*', 'svatb*', 'rozvod*', 'úmrtí*', 'matrik*', 'osvojení*', 'otcovství*', 'mateřsk*'],
    de: ['geburt*', 'heirat*', 'eheschließung*', 'scheidung*', 'sterbeurkunde*', 'todesfall*', 'standesamt*', 'vaterschaft*', 'mutterschaft*', 'adoption*', 'elternzeit*', 'namensänderung*', 'lebenspartnerschaft*', 'sorgerecht*', 'unterhalt*', 'familienbuch*'],
    el: ['γέννησ*', 'πιστοποιητικό* γέννησης*', 'ληξιαρχ*', 'γάμος*', 'γάμου*', 'γάμων*', 'σύμφωνο* συμβίωσης*', 'διαζύγι*', 'θάνατ*', 'υιοθεσ*', 'οικογενειακή* μερίδα*'],
    en: ['birth*', 'birth* certificate*', 'marriage* certificate*', 'death* certificate*', 'marriage*', 'married*', 'marry*', 'wedding*', 'divorc*', 'death*', 'civil* regist*', 'civil* union*', 'civil* partnership*', 'adopt*', 'custody*', 'child* support*', 'paternity*', 'maternity*', 'parental*', 'newborn*', 'name* change*', 'guardianship*', 'funeral*', 'burial*'],
    es: ['nacimiento*', 'acta* de* nacimiento*', 'certificado* de* nacimiento*', 'certificado* de* matrimonio*', 'certificado* de* defunción*', 'partida* de* nacimiento*', 'matrimonio*', 'casarse*', 'boda*', 'divorcio*', 'mutuo* acuerdo*', 'defunción*', 'registro* civil*', 'libro* de* familia*', 'adopción*', 'pensión* alimenticia*', 'custodia*', 'paternidad*', 'maternidad*', 'unión* civil*', 'unión* de* hecho*', 'pareja* de* hecho*', 'reconocimiento* de* hijo*'],
    fr: ['naissance*', 'mariage*', 'pacs*', 'décès*', 'état* civil*', 'livret* de* famille*', 'paternité*', 'maternité*', 'pension* alimentaire*'],
    hr: ['rođenj*', 'rodenj*', 'rodni* list*', 'brak', 'braka*', 'vjenčanj*', 'razvod*', 'smrt', 'smrti*', 'matičn*', 'posvojenj*', 'očinstv*', 'rodiljn*'],
    hu: ['születés*', 'házasság*', 'válás*', 'halálozás*', 'halotti*', 'anyakönyv*', 'örökbefogad*', 'apaság*'],
    it: ['nascita*', 'atto* di* nascita*', 'certificato* di* nascita*', 'certificato* di* matrimonio*', 'certificato* di* morte*', 'matrimoni*', 'divorzio*', 'separazione*', 'morte*', 'decesso*', 'stato* civile*', 'unione* civile*', 'adozion*', 'paternità*', 'maternità*'],
    nl: ['geboorte*', 'huwelijk*', 'trouwen*', 'echtscheiding*', 'scheiding*', 'overlijden*', 'burgerlijke* stand*', 'geregistreerd* partnerschap*', 'adoptie*', 'ouderschapsverlof*'],
    pl: ['urodzeni*', 'akt* urodzenia*', 'małżeńst*', 'ślub*', 'rozwód*', 'rozwod*', 'zgon*', 'stanu* cywilnego*', 'adopcj*', 'ojcostw*', 'macierzyńs*', 'alimenty*'],
    pt: ['nascimento*', 'certidão* de* nascimento*', 'certidão* de* casamento*', 'certidão* de* óbito*', 'casamento*', 'divórcio*', 'óbito*', 'registo* civil*', 'registro* civil*', 'união* de* facto*', 'união* estável*', 'adoção*', 'paternidade*', 'maternidade*'],
    ro: ['naștere*', 'certificat* de* naștere*', 'certificat* de* căsătorie*', 'certificat* de* deces*', 'căsători*', 'divorț*', 'deces*', 'stare* civilă*', 'stării* civile*', 'adopți*', 'paternitat*', 'maternitat*'],
    sk: ['narodeni*', 'rodný* list*', 'manželstv*', 'sobáš*', 'rozvod*', 'úmrti*', 'matrik*', 'osvojeni*', 'otcovstv*', 'materská*'],
  },
  education: {
    bg: ['училищ*', 'университет*', 'студент*', 'ученик*', 'ученич*', 'диплом*', 'образован*', 'детска* градина*', 'детски* градини*', 'ясла*', 'ясли*', 'НАЦИД'],
    cs: ['škol*', 'univerzit*', 'student*', 'studium*', 'studia*', 'diplom*', 'nostrifikac*', 'vzdělání*'],
    de: ['schule*', 'schüler*', 'schulanmeldung*', 'schulpflicht*', 'hochschul*', 'studium*', 'studier*', 'kita*', 'kindergarten*', 'ausbildung*', 'berufsanerkennung*', 'zeugnisanerkennung*', 'bafög*', 'bildung*'],
    el: ['σχολεί*', 'σχολικ*', 'πανεπιστήμ*', 'φοιτητ*', 'μαθητ*', 'πτυχί*', 'εκπαίδευσ*', 'νηπιαγωγεί*', 'παιδικός* σταθμός*', 'ΔΟΑΤΑΠ'],
    en: ['school*', 'universit*', 'college*', 'degree*', 'diploma*', 'student*', 'studies*', 'study*', 'education*', 'tuition*', 'scholarship*', 'kindergarten*', 'nursery*', 'daycare*', 'qualification*', 'transcript*', 'homolog*', 'apprentice*'],
    es: ['escuela*', 'escolar*', 'colegio*', 'universi*', 'estudi*', 'educaci*', 'homologación*', 'convalida*', 'revalidación*', 'matrícula* escolar*', 'matrícula* universitaria*', 'cédula* profesional*', 'título* universitario*', 'beca*', 'guardería*', 'preescolar*', 'bachillerato*'],
    fr: ['école*', 'scolar*', 'scolaire*', 'étudiant*', 'études*', 'diplôme*', 'crèche*', 'enseignement*'],
    hr: ['škol*', 'sveučilišt*', 'fakultet*', 'student*', 'diplom*', 'vrtić*', 'obrazovanj*'],
    hu: ['iskol*', 'egyetem*', 'óvod*', 'bölcsőd*', 'diák*', 'diploma*', 'oktatás*', 'tanulmány*', 'honosít*'],
    it: ['scuol*', 'scolast*', 'studen*', 'titolo* di* studio*', 'borsa* di* studio*', 'laurea*', 'asilo* nido*', 'istruzione*', 'immatricolazione* all\'università*', 'dichiarazione* di* valore*'],
    nl: ['school*', 'hogeschool*', 'universiteit*', 'studie*', 'opleiding*', 'onderwijs*', 'kinderopvang*', 'leerplicht*', 'DUO'],
    pl: ['szkoł*', 'szkol*', 'uczelni*', 'uniwersytet*', 'studia*', 'studiów*', 'dyplom*', 'przedszkol*', 'nostryfikacj*', 'edukacj*'],
    pt: ['escola*', 'escolar*', 'universidade*', 'estudant*', 'estudos*', 'ensino*', 'creche*', 'matrícula* escolar*', 'reconhecimento* de* diploma*', 'equivalência* de* habilitações*'],
    ro: ['școal*', 'școli*', 'școlar*', 'universit*', 'student*', 'studii*', 'diplom*', 'grădiniț*', 'echivalare*', 'educați*'],
    sk: ['škol*', 'univerzit*', 'študent*', 'štúdi*', 'diplom*', 'nostrifikác*', 'vzdelan*'],
  },
  housing: {
    bg: ['жилищ*', 'наем', 'наема*', 'наемател*', 'наемодател*', 'ипотек*', 'имот*', 'апартамент*', 'адрес*', 'адресна* регистрация*', 'настоящ* адрес*', 'постоянен* адрес*', 'кадастър*'],
    cs: ['bydlení*', 'byt', 'bytu', 'nájem*', 'nájm*', 'hypot*', 'nemovitost*', 'katastr*', 'adres*', 'hlášení* pobytu*', 'místa* pobytu*'],
    de: ['wohnung*', 'wohnsitz*', 'anmeldung', 'ummeldung*', 'abmeldung*', 'meldebescheinigung*', 'meldebestätigung*', 'melderegister*', 'miete*', 'mietvertrag*', 'mieter*', 'vermiet*', 'hypothek*', 'immobili*', 'grundbuch*', 'grundstück*', 'wohngeld*', 'wohnberechtigungsschein*', 'haus', 'hauskauf*', 'adresse*'],
    el: ['κατοικί*', 'μίσθωσ*', 'μισθωτήρι*', 'ενοίκι*', 'ακίνητ*', 'στεγαστικ*', 'υποθήκ*', 'κτηματολόγ*'],
    en: ['housing*', 'rent', 'rents', 'rented*', 'rental*', 'renting*', 'renter*', 'tenan*', 'lease*', 'landlord*', 'property*', 'properties*', 'mortgage*', 'house', 'household*', 'apartment*', 'address*', 'land* registry*', 'real* estate*', 'building* permit*', 'construction* permit*'],
    es: ['vivienda*', 'alquiler*', 'arrend*', 'inquilin*', 'hipoteca*', 'inmueble*', 'propiedad*', 'registro* de* la* propiedad*', 'casa', 'domicilio*', 'comprobante* de* domicilio*', 'empadron*', 'padrón*', 'catastro*', 'compraventa*', 'renta* de* departamento*', 'renta* de* casa*', 'INFONAVIT', 'FOVISSSTE'],
    fr: ['logement*', 'loyer*', 'locataire*', 'propriétaire*', 'hypothèque*', 'prêt* immobilier*', 'immobili*', 'adresse*', 'domicile*', 'justificatif* de* domicile*', 'APL', 'HLM'],
    hr: ['stan', 'stana', 'stanovanj*', 'najam*', 'najm*', 'podstanar*', 'hipotek*', 'nekretnin*', 'zemljišn*', 'adres*', 'prebivališt*'],
    hu: ['lakás*', 'lakcím*', 'lakbér*', 'albérlet*', 'bérleti* szerződés*', 'ingatlan*', 'jelzálog*', 'földhivatal*'],
    it: ['casa', 'abitazion*', 'affitto*', 'locazion*', 'inquilin*', 'mutuo', 'immobil*', 'catasto*', 'cambio* di* residenza*', 'certificato* di* residenza*', 'iscrizione* anagrafica*', 'anagrafe*', 'domicilio*', 'indirizzo*', 'compravendita*'],
    nl: ['woning*', 'huur*', 'verhuur*', 'hypotheek*', 'koopwoning*', 'adres*', 'verhuiz*', 'kadaster*', 'BRP'],
    pl: ['mieszkani*', 'zameldowani*', 'na* pobyt* stały*', 'na* pobyt* czasowy*', 'meldun*', 'najem*', 'najmu*', 'wynaj*', 'hipote*', 'kredyt* hipoteczny*', 'nieruchomoś*', 'księga* wieczysta*', 'księgi* wieczystej*', 'adres*'],
    pt: ['habitação*', 'casa', 'arrendamento*', 'aluguel*', 'aluguer*', 'inquilin*', 'senhorio*', 'hipoteca*', 'crédito* habitação*', 'imóve*', 'morada*', 'domicílio*', 'atestado* de* residência*', 'registo* predial*'],
    ro: ['locuinț*', 'chirie*', 'chiriaș*', 'închiri*', 'ipotec*', 'imobil*', 'domiciliu*', 'domiciliul*', 'adres*', 'viză* de* reședință*', 'reședinț*', 'cadastr*', 'carte* funciară*'],
    sk: ['bývani*', 'byt', 'bytu', 'nájom*', 'nájm*', 'hypot*', 'nehnuteľnos*', 'katastr*', 'kataster*', 'adres*', 'hlásenie* pobytu*'],
  },
  legal: {
    bg: ['свидетелство* за* съдимост*', 'съдимост*', 'апостил*', 'легализац*', 'нотари*', 'пълномощн*', 'съд', 'съда*', 'съдебн*', 'адвокат*', 'наследств*', 'завещани*', 'заверка*', 'удостоверени*'],
    cs: ['rejstříku* trestů*', 'rejstřík* trestů*', 'trestní* rejstřík*', 'apostil*', 'legalizac*', 'notář*', 'plná* moc*', 'plnou* moc*', 'soud*', 'advokát*', 'dědictv*', 'závěť*', 'ověření*'],
    de: ['führungszeugnis*', 'apostille*', 'beglaubig*', 'notar*', 'vollmacht*', 'gericht*', 'anwalt*', 'erbschein*', 'erbschaft*', 'testament*', 'beurkundung*', 'übersetzung*', 'bescheinigung*', 'urkunde*'],
    el: ['ποινικού* μητρώου*', 'ποινικό* μητρώο*', 'επισημείωσ*', 'χάγης*', 'συμβολαιογρ*', 'εξουσιοδότησ*', 'πληρεξούσι*', 'δικαστήρι*', 'δικηγόρ*', 'κληρονομ*', 'διαθήκ*', 'μετάφρασ*', 'πιστοποιητικ*'],
    en: ['criminal* record*', 'police* certificate*', 'police* clearance*', 'background* check*', 'good* conduct*', 'apostil*', 'legaliz*', 'legalis*', 'notar*', 'power* of* attorney*', 'court*', 'lawsuit*', 'lawyer*', 'legal* aid*', 'sworn* translat*', 'certified* translat*', 'affidavit*', 'inheritance*', 'probate*', 'trademark*', 'intellectual* property*', 'electronic* signature*', 'digital* certificate*', 'certificat*'],
    es: ['antecedentes*', 'carta* de* no* antecedentes*', 'apostill*', 'legaliza*', 'notar*', 'poder* notarial*', 'carta* poder*', 'juzgado*', 'tribunal*', 'abogad*', 'demanda*', 'herencia*', 'testamento*', 'sucesión*', 'traducción* jurada*', 'perito* traductor*', 'firma* electrónica*', 'certificado* digital*', 'propiedad* intelectual*', 'fiscalía*', 'denuncia*'],
    fr: ['casier* judiciaire*', 'apostille*', 'légalisation*', 'notaire*', 'procuration*', 'avocat*', 'succession*', 'héritage*', 'traduction* assermentée*', 'attestation*'],
    hr: ['uvjerenje* o* nekažnjavanju*', 'nekažnjavan*', 'kaznena* evidencij*', 'apostil*', 'legalizac*', 'javni* bilježnik*', 'bilježni*', 'punomoć*', 'sud', 'suda', 'sudsk*', 'odvjetni*', 'nasljed*', 'oporuk*', 'ovjer*'],
    hu: ['erkölcsi* bizonyítvány*', 'erkölcsi*', 'apostil*', 'felülhitelesít*', 'közjegyző*', 'meghatalmaz*', 'bíróság*', 'ügyvéd*', 'hagyaték*', 'öröklés*', 'végrendelet*', 'hiteles* fordítás*', 'igazolás*', 'OFFI'],
    it: ['casellario* giudiziale*', 'certificato* penale*', 'carichi* pendenti*', 'legalizzazione*', 'notai*', 'procura', 'avvocat*', 'successione*', 'eredità*', 'testamento*', 'traduzione* giurata*', 'asseverazione*'],
    nl: ['verklaring* omtrent* het* gedrag*', 'strafblad*', 'apostil*', 'legalisatie*', 'notaris*', 'volmacht*', 'rechtbank*', 'advocaat*', 'erfenis*', 'beëdigd* vertaler*', 'VOG'],
    pl: ['niekaralnoś*', 'zaświadczenie* o* niekaralności*', 'apostil*', 'legalizacj*', 'notariu*', 'notarial*', 'pełnomocnictw*', 'sądow*', 'adwokat*', 'spadek*', 'spadku*', 'tłumacz* przysięgły*', 'zaświadczeni*', 'KRK'],
    pt: ['registo* criminal*', 'certificado* de* registo* criminal*', 'antecedentes* criminais*', 'apostil*', 'legaliza*', 'cartório*', 'procuração*', 'advogad*', 'herança*', 'tradução* juramentada*', 'reconhecimento* de* assinatura*', 'certidão*'],
    ro: ['cazier*', 'cazier* judiciar*', 'apostil*', 'supralegalizare*', 'legalizar*', 'notar*', 'procură*', 'instanț*', 'avocat*', 'moștenir*', 'succesiune*', 'traducere* legalizată*', 'traducător* autorizat*'],
    sk: ['registra* trestov*', 'register* trestov*', 'apostil*', 'legalizác*', 'notár*', 'plnomocenstv*', 'plná* moc*', 'súd', 'súdn*', 'advokát*', 'dedičstv*', 'závet*', 'overeni*'],
  },
} as const satisfies { readonly [T in TopicId]: { readonly [L in Language]: readonly string[] } };
