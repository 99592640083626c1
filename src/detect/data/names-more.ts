/**
 * More first names and surnames by region, written for Veil (not from faker): Nordic, Baltic, Central and
 * Eastern European, Balkan, Greek, Iberian, Japanese, Korean, Southeast Asian, Persian, Hebrew, African.
 * Lower case, whitespace-separated; diacritics kept (lexicon.ts adds folded copies).
 */

export const FIRST_NAMES_MORE = `
mette katrine kirsten lone hanne pernille sanne signe tove trine bodil birte dorthe gitte lise malene rikke
susanne tina vibeke karen inge inger jytte lene lotte marianne merete pia randi solveig sigrun ragnhild
ingeborg liv marit kari anne-lise anne-marie gunhild gudrun hilde hege heidi kjersti siri synnøve torunn
åse ase berit elisabeth grete gry ida ingrid janne karin kristin linn maren mari marte mona nina oda
sigrid silje stine thea tone tuva vilde ylva
aksel asger bent bjarne bo carsten claus christian dennis esben finn flemming frederik frode gert hans
henning ib jakob jens jesper jørgen jorgen kasper kenneth kim knud kristian lasse leif mads magnus mikkel
morten nikolaj ole palle peder poul preben rasmus rune simon steen stig søren soren svend thomas thor tor
torben troels ulrik viggo anders arne audun bjørn eirik einar espen even geir gunnar halvard harald
helge ivar jon jostein kjell kjetil knut kristoffer morten odd ola olav ove pål pal per ragnar roald
rolf rune sindre snorre stein steinar sverre terje tore trond trygve vegard øystein oystein
halldór halldor guðrún gudrun sigríður sigridur kristín kristin jóhanna johanna margrét margret
stefanía stefania erlendur ólafur olafur sigurður sigurdur gunnar jón jon magnús magnus einar
þórunn thorunn helga ragnheiður bjarni hafliði gísli gisli árni arni baldur birgir hjalti
aino eino helmi elli venla aada aapo aatu aleksi eetu eino elias henri ilmari juho kalle leevi lauri
oskari onni otto paavo pyry riku sakari santeri tapio tuomas väinö vaino veeti veikko
anneli eija hannele helena johanna kaija kaisa kirsi leena liisa maija marjatta minna päivi paivi pirjo
riitta sari satu seija sirpa tarja tuula ulla
kristjan martin rasmus robert markus karl jaan jüri juri tõnu tonu mart tiit toomas andres priit
kadri kati kersti liina maarja mari merike piret riina tiina triin
jānis janis andris juris edgars māris maris artūrs arturs kristaps ilze inese ieva liga līga zane
jonas tomas mantas lukas darius andrius mindaugas vytautas rūta ruta jurgita rasa asta indrė indre
krisztián krisztian miklós miklos ábel abel ádám adam
bálint balint bence csaba dániel daniel dávid david dénes denes endre ernő erno gergely géza geza
gyula imre jános janos kálmán kalman károly karoly lajos levente márk mark márton marton mátyás matyas
mihály mihaly norbert nándor nandor ottó otto pál pal péter peter richárd richard róbert robert sándor
tamás tamas tibor viktor vilmos zsolt zsigmond
ágnes agnes aliz anikó aniko anna beáta beata boglárka boglarka dóra dora edit emese enikő eniko
erika eszter éva eva fanni flóra flora gabriella gizella hajnalka hanna ibolya ildikó ilona irén iren
judit júlia kinga klára klara krisztina laura lilla margit mária marianna marta melinda mónika monika
nikolett noémi noemi orsolya piroska réka reka rita rozália rozalia szilvia tímea timea veronika
vivien zita zsófia zsuzsanna zsuzsa
růžena ruzena jiřina jirina božena bozena ludmila marie jarmila jaroslava vlasta zdeňka zdenka
milada libuše libuse dagmar alena ivana hana helena jitka kamila kateřina lenka markéta marketa
michaela monika pavla petra radka šárka sarka simona soňa sona tereza veronika vladimíra zuzana
bohumil bořivoj borivoj břetislav bretislav čestmír cestmir dalibor ladislav lubomír lubomir luboš
lubos milan miloš milos miroslav oldřich oldrich ondřej ondrej radek radim rostislav stanislav
svatopluk vojtěch vojtech vratislav zbyněk zbynek
silvia janka ľubica lubica ľudmila ľubomír katarína katarina mária dušan dusan ľuboš jozef juraj
marek matúš matus michal miroslav patrik peter rastislav róbert roman stanislav štefan stefan tibor
vladimír vladimir
đorđe djordje dragan dragana dušanka goran gordana
jasmina jelena ljiljana ljubica milena milica mirjana nada nataša natasa nevena olivera radmila
slavica snežana snezana svetlana tatjana vesna vera zorica željko zeljko zoran branko darko dejan
dragoljub duško dusko goran igor ivan ivica jovan milan milorad miodrag mladen nebojša nebojsa nenad
nikola predrag radovan ratko saša sasa siniša sinisa slobodan srđan srdjan stevan tomislav uroš
uros vladimir vojislav zlatko amir almir adnan alen amela amina armin edin elvir emina emir enis ermin
haris jasmin kemal lejla mirza nedim nermin samir sanela selma senad suad tarik vedran zlatan
anže anze blaž blaz gašper gasper jaka jure luka matej matic miha nejc rok tadej žiga ziga urška
urska špela spela maša masa tjaša tjasa nika neža neza ajda zala lara tina
ana-maria ioana andreea elena alexandra mihaela cristina gabriela raluca roxana diana oana adriana
alexandru andrei bogdan cătălin catalin cosmin constantin cristian dan dorin florin gheorghe ion
ionuț ionut iulian lucian marius mihai mircea nicolae ovidiu radu răzvan razvan sorin ștefan tudor
valentin vasile victor virgil
georgi dimitar ivan nikolai petar stoyan todor vasil hristo krasimir lyubomir plamen rumen yordan
desislava galina gergana iliana mariya nadezhda radka rositsa svetla tsvetana velichka yordanka
yiannis yannis giannis kostas nikos dimitris panagiotis spyros stavros thanasis vangelis christos
andreas apostolos athanasios charalambos evangelos kyriakos michalis nektarios sotiris stelios
theodoros vasileios
athina chrysa despoina dimitra eirini evangelia foteini georgia ioanna kalliopi katerina magdalini
panagiota paraskevi sofia stavroula vasiliki
inês ines beatriz leonor matilde carolina mariana francisca constança constanca margarida rita
joana catarina teresa madalena
duarte afonso tomás tomas gonçalo goncalo rodrigo martim santiago salvador francisco diogo
ximena xochitl itzel guadalupe lupita yolanda marisol araceli esperanza consuelo
socorro rocío concepción concepcion inmaculada remedios milagros amparo
aitor iker unai asier jon ander gorka iñaki inaki mikel xabier josu ibai
hiroshi takeshi kazuo yoshio shigeru akira masao tadashi makoto hideo kenichi tetsuya yoshiko
kazuko sachiko michiko keiko noriko kyoko masako mayumi naomi yumiko junko
tomoko hiroko reiko etsuko kimiko fumiko setsuko haruka yuna rin mio hina miyu riko asahi
minjun seojun doyun yejun siwoo hajun jiho jiwon seoyeon hayoon jiyoo seoa minji yuna subin
phuong thanh tuan hoang linh huong thao trang duc dung hung hai lan mai minh ngoc quang son tam
vy uyen nhi khanh
somchai somsak somporn sompong suda malee nattapong pattama siriporn supaporn wanida
agus budi dewi eko fitri hadi indah joko putri rizky sari siti sri wahyu yudi
jose-maria juan-carlos
reza ali-reza alireza mehdi hamid hossein mohsen majid amir arash babak dariush farhad kamran kaveh
mahmood masoud navid omid parviz ramin saeed shahram siavash
azadeh fariba farnaz laleh leila mahnaz maryam mina nasrin neda parisa roya sara shirin soheila
yael noa tamar shira michal maya adi efrat hila keren limor merav orly sivan tali yifat
avraham yosef moshe yaakov david yitzhak shmuel eitan itai noam omer ori uri yonatan amit gil
nomvula thandiwe nokuthula sibongile zodwa busisiwe lindiwe nompumelelo thandeka ayanda
sipho thabo lwazi mandla nkosinathi siyabonga themba bongani jabulani lunga
abebe alemu bekele girma haile kebede mulugeta tesfaye yohannes almaz aster genet meseret tigist
juma baraka neema amani imani zawadi rehema wanjiru achieng akinyi
`;

export const SURNAMES_MORE = `
kristensen jørgensen sørensen rasmussen petersen madsen kristiansen olesen thomsen christiansen
poulsen johansen knudsen mortensen møller jakobsen jacobsen olsen frederiksen mikkelsen henriksen
laursen lund schmidt eriksen holm kristoffersen clausen simonsen svendsen andreasen iversen jeppesen
mogensen nissen lauridsen kjær kjaer jespersen mikkelsen bach berg dahl
lynge olsen petersen heilmann rosing kleist berthelsen motzfeldt
jónsdóttir jonsdottir sigurðardóttir gunnarsdóttir magnúsdóttir
jónsson jonsson sigurðsson sigurdsson guðmundsson gudmundsson gunnarsson ólafsson olafsson
einarsson kristjánsson stefánsson magnússon jóhannsson björnsson
virtanen korhonen nieminen mäkinen hämäläinen laine koskinen heikkinen järvinen lehtonen lehtinen
saarinen salminen heinonen niemi heikkilä kinnunen salonen turunen salo laitinen tuominen rantanen
karjalainen jokinen mattila savolainen lahtinen ahonen
tamm saar sepp mägi kask kukk rebane ilves pärn koppel
bērziņš berzins kalniņš kalnins ozoliņš ozolins jansons liepiņš
kazlauskas jankauskas petrauskas stankevičius vasiliauskas žukauskas butkus
hajdu lakatos mészáros
szilágyi szilagyi török torok fehér feher balázs balazs gál gal pintér pinter szűcs szucs
fekete kocsis orsós orsos bíró biro hegedűs hegedus sipos vincze katona antal bognár bognar
jakab bodnár bodnar lengyel magyar illés illes fodor kozma
horvat kovač kovac
krajnc zupančič zupancic potočnik potocnik kovačič kovacic mlakar kos vidmar golob turk
kolar žagar zagar kralj bizjak hribar
begum khatun akter akhter islam hossain uddin miah sarker
tanaka sato suzuki takahashi watanabe yamamoto nakamura kobayashi
ito kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu
dimitrov georgiev ivanov petrov nikolov stoyanov todorov hristov angelov iliev atanasov
weiß weiss
`;
