/**
 * Words for the people and things of a country (demonyms), in the 15 guide languages, for the 26
 * countries of the community library: what a query says instead of the country's name ("mexicano",
 * "mexican", "spanish", "español", "deutsche"). Country names themselves come from the country
 * dataset. Our own lists, written folded; `*` ends a stem that takes up to four more letters, for
 * endings of gender, number and case ("mexican*": mexicano, mexicanas, mexicanos); `+` joins the
 * words of a phrase. Left out on purpose: words that name more than one country ("american",
 * "americano") or are ordinary words elsewhere (Hungarian "ír", Irish, is Spanish "to go").
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  MX: 'mexican* messican* mexicain* mexikan* mexikanisch* mexicaan* meksykan* meksykansk* mexick* mexikoi* meksick* meksikan* мексиканск* мексиканец* μεξικαν*',
  ES: 'spanish spaniard* espanol* espanhol* espagnol* spagnol* spanisch* spanier* spaans* spanjaard* hiszpan* hiszpansk* spanelsk* spanel* spanielsk* spanyol* spaniol* spanjolsk* spanjol* испанск* испанец* испанк* ισπαν*',
  DE: 'german* aleman* alemana* alemanes alemao alema alemaes alemanh* allemand* tedesc* deutsch* duits* niemieck* niemiec* niemc* nemeck* nemec* nemc* nemet* njemack* nijemac* njemic* германск* германец* германк* γερμαν*',
  FR: 'french frenchman frenchmen frances francesa* franceses frances* francais* franzosisch* franzos* fransman frans franse francusk* francuz* francouzsk* francouz* francuzsk* francia* francez* француз* френск* γαλλ*',
  IT: 'italian* italien* italienisch* italiaan* włosk* włoch* italsk* taliansk* talian* olasz* talijansk* talijan* италианск* италианец* ιταλ*',
  PT: 'portuguese portugues portuguesa* portugueses portugais* portoghes* portugiesisch* portugiese* portugees* portugese* portugalsk* portugalczyk* portugalec* portugalcan* portugal* portughez* portugalac* португалск* португалец* πορτογαλ*',
  PE: 'peruvian* peruan* peruanisch* peruvien* peruaan* peruwiansk* peruwianczyk* perui* peruansk* перуанск* перуанец* περουβιαν*',
  CO: 'colombian* colombien* kolumbian* kolumbianisch* colombiaan* kolumbijsk* kolumbijczyk* kolumbijec* kolumbijcan* kolumbiai* columbian* kolumbijac* колумбииск* колумбиец* κολομβιαν*',
  AR: 'argentine argentinian* argentinean* argentin* argentinisch* argentinier* argentijn* argentynsk* argentynczyk* argentinsk* argentinec* argentinac* аржентинск* аржентинец* αργεντιν*',
  CL: 'chilean* chilen* chilenisch* chilien* cilen* chileen* chilijsk* chilijczyk* chilsk* chilan* cilsk* cilan* chilei* chilian* cileansk* cilean* чилииск* чилиец* χιλιαν*',
  PL: 'polish polaco polaca polacos polacas polones polonesa* poloneses polonais* polacc* polnisch* pools poolse polsk* polak* polka polacy lengyel* polonez* poljsk* poljak* полск* поляк* πολων*',
  CZ: 'czech czechs checo checa checos checas tcheco* tcheca* tcheque* ceco ceca cechi ceche tschechisch* tscheche* tschechin* tsjechisch* tsjech* czesk* cesky ceska ceske ceskeho cestina cech* cseh* ceh* cesk* чешк* чех* τσεχ*',
  GR: 'greek greeks griego griega griegos griegas grego grega gregos gregas grecque* grecs griechisch* grieche* griechin* grieks* griek* greck* grek* grecky grecka grecke gorog* grec* grck* гръцк* грък* ελλην*',
  BG: 'bulgarian* bulgar* bulgare* bulgarisch* bulgaars* bulgaar* bułgarsk* bułgar* bulharsk* bulhar* bolgar* bugarsk* bugar* българск* българ* βουλγαρ*',
  RO: 'romanian* rumano* rumana* rumanos rumanas romeno* romena* roumain* rumeno* rumena* rumeni rumene rumanisch* rumane* rumanin* roemeens* roemeen* rumunsk* rumun* rumunj* romanesc* romanc* румънск* румънец* ρουμαν*',
  HU: 'hungarian* hungar* hongrois* ungherese* ungheresi ungarisch* ungar* hongaar* wegiersk* wegier* wegr* madarsk* madar* magyar* maghiar* mađarsk* mađar* унгарск* унгарец* ουγγρ*',
  HR: 'croatian* croat* croate* kroatisch* kroate* kroatin* kroaat* chorwack* chorwat* chorvatsk* chorvat* horvat* hrvatsk* hrvat* хърватск* хърват* κροατ*',
  SK: 'slovak* slovakian* eslovac* slovaque* slovacc* slowakisch* slowake* slowakin* slowaaks* slowaak* słowack* słowak* slovensk* slovenk* szlovak* slovac* slovack* словашк* словак* σλοβακ*',
  NL: 'dutch holandes holandesa* holandeses neerlandes neerlandesa* neerlandeses neerlandais* hollandais* olandes* niederlandisch* niederlander* hollandisch* hollander* nederlands* nederlander* hollands* holendersk* holender* niderlandzk* nizozemsk* holandsk* holland* olandez* neerlandez* холандск* холандец* нидерландск* ολλανδ*',
  US: 'estadounidense* estadunidense* statunitens* us+american* us+amerikanisch*',
  CA: 'canadian* canadien* canadens* canades* kanadisch* kanadier* canadees* canadese kanadyjsk* kanadyjczyk* kanadsk* kanadan* kanadai* kanađan* канадск* канадец* καναδ*',
  BR: 'brazilian* brasileno* brasilena* brasileir* bresilien* brasilian* brasilianisch* braziliaan* brazylijsk* brazylijczyk* brazilsk* brazil* бразилск* бразилец* βραζιλ*',
  EC: 'ecuadorian* ecuadorean* ecuatorian* equatorian* ecuadorien* equatorien* ecuadorianisch* ecuadoraan* ekwadorsk* ekwadorczyk* ekvadorsk* ecuadori* еквадорск* еквадорец*',
  UY: 'uruguayan* uruguay* uruguai* uruguaian* uruguayen* uruguayisch* uruguayaan* urugwajsk* urugwajczyk* uruguaysk* uruguajsk* urugvajsk* уругваиск* уругваец* ουρουγουαν*',
  CR: 'costa+rican* costarricense* costarriquen* costa+riquenh* costarriquenh* costaricano* costaricien* costaricanisch* costa+ricanisch* costaricaans* kostarykansk* kostarick* kostaricky* costarican* kostarikansk* костариканск* κοσταρικαν*',
  IE: 'irish irishman irishmen irishwoman irland* irisch* ire iers ierse iren irsk* irek ирландск* ирландец* ιρλανδ*',
};
