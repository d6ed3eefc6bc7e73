/**
 * Words too common to say what a guide is about, per guide language: articles, prepositions,
 * conjunctions, pronouns and the commonest forms of "to be" and "to have". Our own lists, written
 * folded (as `fold` leaves them: lower case, no accents), so that reading them costs nothing.
 *
 * A guide's own stop words are not indexed (German "nie", never, is no match for Spain's NIE). A
 * query's language is not known, so in a query a word counts as a stop word when any list has it:
 * it still adds to a score, but cannot make a result on its own. The lists leave out words that
 * name a procedure or a thing in another of the languages ("car", "son", "will", "tie", "care").
 */
const LISTS: Record<string, string> = {
  bg: 'а аз ако без беше бил била били било бъде в вече вие все във ги го да до е за и или им има как какво като когато кое което кои които коя която където към ли ме между много му на над не ние нито но няма около от още по под пред преди през при с са само се си след сме сте съм със също тази там те тези ти то това този тои тук тя че я',
  cs: 'a aby ale ani bez bude budou by byl byla byli bylo co do i jak jako je jeho jej jeji jejich jen ji jim jsem jsi jsme jsou jste k kde kdo kdy kdyz ke ktera ktere kteri ktery me mezi mi mne mohou mu muze my na nad nas nebo nez o od on ona oni ono pak po pod pred pres pri pro s se si ta tady tak take tam tato ten tento teto ti tim to toho tom toto tu ty tyto u uz v vas ve vy z za ze',
  de: 'aber als am an auch auf aus bei beim bis da dabei dafur daher damit dann das dass dein deine dem den denn der deren des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es euer eure fur gegen haben hat hatte hatten hier hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in ist jede jedem jeden jeder jedes kann kein keine keinem keinen keiner konnen mein meine mit muss mussen nach neben nicht nie noch nur ob oder ohne schon sehr sein seine seinem seinen seiner seines seit sich sie sind so soll sollen sondern uber um und unser unsere unter vom von vor wann was welche welcher welches wenn wer werden wie wir wird wo wurde wurden zu zum zur zwischen',
  el: 'ακομη αλλα αν απο αυτα αυτεσ αυτη αυτησ αυτο αυτοι αυτοσ αυτου αυτων για δεν εγω εδω ειμαστε ειναι ειστε εκει εμεισ ενα ενασ ενοσ επισησ εσεισ εσυ εχει εχουν η ηδη θα και κατα κι μασ με μετα μη μην μια μιασ μονο μου να ο οι ομωσ οπου οταν οτι ουτε πολυ που προσ πωσ σασ σε σου στα στη στην στισ στο στον στουσ τα τη την τησ τισ το τον τοτε του τουσ των χωρισ ωσ',
  en: 'a about again also am an and any are as at be been being but by can could did do does each for from had has have he her here hers him his how i if in into is it its just me mine more most my no nor not of off on once onto or our ours out over own per same shall she should so some such than that the their theirs them then there these they this those to too under up upon us very via was we were what when where which who whom whose why with without would you your yours',
  es: 'a al ante aquel aquella aquellas aquellos aun como con contra cual cuales cuando cuya cuyas cuyo cuyos de del desde donde durante e el ella ellas ellos en entre es esa esas ese esos esta estan estar estas este estos fue fueron ha haber hacia han has hasta hay he la las le les lo los mas me mediante mi mis muy ni no nos nosotras nosotros o os para pero por porque pues que quien quienes se sea segun ser si sin sino sobre su sus tambien tan te tras tu tus u un una unas unos usted ustedes y ya yo',
  fr: 'a au aussi aux avec avoir c ce ces cet cette chez comme d dans de des donc dont du elle elles en entre est et ete etre il ils j je l la le les leur leurs lui m ma mais me mes mon n ne ni nos notre nous on ont ou par pas plus pour qu que qui quoi s sa sans se ses si sont sous sur t ta te tes ton tous tout toute toutes tres un une vers vos votre vous y',
  hr: 'a ako ali bez bi biti da do ga gdje i ih ili im iz je jer joj jos kad kada kako kao kod koja koje kojeg kojem koji kojoj kroz li moj moja mu na nad ne nije njegov njegova njezin njezina njihov njihova o od po pod prema pri s sa sam samo se smo ste sto su ta taj te ti to tu tvoj u vas vasa vec za',
  hu: 'a aki akkor alatt altal amely amelyek ami annak az azok azt be csak de egy el elott en ennek es ez ezek ezt fel ha hogy is itt ki kozott le lesz mar meg mi mint nagyon neki nekik nelkul nem o ok oket ot ott pedig sem szerint te ti utan vagy van vannak volt',
  it: 'a agli ai al all alla alle allo anche avere c che chi ci come con cui d da dagli dai dal dalla dalle dallo degli dei del dell della delle dello di dove e ed essere fra gia gli ha hanno i il in l la le lo loro ma mi mia mie miei mio molto ne negli nei nel nell nella nelle nello non o od per piu quando quella quelle quelli quello questa queste questi questo se si sono su sua sue sugli sui sul sull sulla sulle sullo suo suoi ti tra tua tuo un una uno vi',
  nl: 'aan al als bij dan dat de deze die dit door een en er geen haar had hebben heeft het hij hoe hun in is je jij jouw maar met mijn naar niet nog of om onder ons onze ook op over te tot u uit uw van voor waar was wat we wel welk welke werd wie wij worden wordt ze zich zij zijn',
  pl: 'a ale bardzo bez by byc byli był była było ci co czy dla do gdy gdzie go i ich im ja jak jako jego jej jest jeszcze juz kiedy ktora ktore ktorego ktorej ktoremu ktory ktorzy lub mi moze mu my na nad nam nie o od on ona oni ono oraz po pod przez przy sa sie siebie sobie ta tak takze te tego tej ten tez to ty tych tylko tym u w wam we wy z za ze',
  pt: 'a ao aos apos aquela aquele aquilo as ate com como da das de do dos e ela elas ele eles em entre essa essas esse esses esta estas este estes eu foi foram ha isso isto ja lhe lhes mais mas me meu meus minha minhas muito na nao nas nem no nos num numa o onde os ou para pela pelas pelo pelos por porque pra quais qual quando que quem sao se sem ser seu seus sob sobre sua suas tambem te tem ter teu tua um uma umas uns voce voces',
  ro: 'a acea aceasta acel acest aceste acesti ai al ale are au ca ce cea cei cel cele cu dar de despre din dupa ea ei el ele este eu fara fi fie foarte fost iar ii il in intre la le li lor lui m mai mea mei mele meu ne niste noastra noi nostru nu o ori pana pe pentru prin sa sai sale sau se si sub sunt ta tau te tu un unei unor unui va voi vostru',
  sk: 'a aby aj ako ale alebo ani bez bol bola boli bolo bude budu by cez co do ho ich im ja je jeho jej k kde ked kto ktora ktore ktori ktory ku len ma medzi mi moze mu my na nad nam nez nie o od on ona oni ono po pod pre pred pri s sa si sme so som ste su ta tak ten to tu ty u uz v vam vo vy z za ze zo',
};

export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

const LISTS_OF_ALL = Object.values(STOP_WORDS);

/** Whether a folded word is a stop word in `lang`, or when no language is given, in any of them. */
export function isStopWord(term: string, lang?: string): boolean {
  if (lang !== undefined) return STOP_WORDS[lang]?.has(term) ?? false;
  return LISTS_OF_ALL.some((words) => words.has(term));
}
