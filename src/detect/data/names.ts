/**
 * Name lists written for Veil (not from faker), to complement compromise's mostly Anglo/European lexicon
 * (compromise-lexicon.generated.ts). The research memo (../shared/reference/detection.md §5) measured compromise
 * missing Indian, Nigerian, Vietnamese, Turkish, Italian and Polish names; these lists cover the most common ones.
 * Lower case, space-separated; diacritics kept (a folded copy is added at load time).
 */

export const FIRST_NAMES_EXTRA = `
aarav aditya akash amit amitabh anand anil anjali ankit ankita anupam anushka arjun arun aruna ashok ashwin ayaan
bhavna chandra deepa deepak deepika dev devika dhruv divya gaurav geeta gita gopal govind harish hemant indira
ishaan isha jaya jyoti kabir kamal karan karthik kavita kavya kiran krishna kumar lakshmi lalita madhu mahesh
manish manoj meena meera mohan mukesh nandini naveen neha nikhil nisha pankaj param parvati pooja prakash pranav
prasad preeti priya priyanka rahul raj rajesh rajiv raju rakesh ramesh ravi rekha riya rohan rohit sachin sahil
sandeep sanjay santosh sarita seema shalini shanti shreya shweta siddharth sneha sonia srinivas subhash sudha
sumit sunil sunita suresh swati tanvi tarun uma usha varun venkat vijay vikas vikram vinod vishal yash yogesh
ganesh harsha lata ritu radha sapna shilpa vandana vaishnavi ananya aishwarya saanvi diya ira myra aadhya
oluwaseun oluwafemi olumide oluwatobi oluwadamilare adebayo adewale adeola ayodele abiodun babatunde bukola
chiamaka chidi chidinma chima chinedu chinonso chioma chukwuemeka chukwudi ebuka emeka femi folake funke
funmilayo ifeanyi ifeoma ikenna kelechi kemi kunle ngozi nkechi nnamdi obinna olamide olawale segun seun
temitope tobi tolu tunde uche uchenna yemi yetunde zainab amaka adaeze ngozika kehinde taiwo damilola
kwame kwabena kofi kojo yaw ama akosua abena adjoa efua esi thabo sipho themba lerato nomvula zanele ayanda
mandla bongani lindiwe naledi kagiso tendai tatenda farai chipo rudo wanjiku njeri wambui kamau otieno achieng
mohammed muhammad mohamed mohammad ahmad ahmed omar youssef yousef khaled khalid hassan hussein hussain ibrahim
mahmoud mustafa tariq karim samir nabil rami faisal abdullah hamza bilal walid ziad fadi jamal majid rashid
saeed salim sami tamer yasser zaid fatima fatma aisha ayesha mariam maryam layla leila noor nour zainab huda
amira rania salma yasmin yasmine hana hanan dina lina rana reem nadia samira soraya shirin farida laila
mehmet mustafa ahmet huseyin hüseyin hasan ibrahim ismail osman yusuf murat emre burak cem can deniz efe eren
kerem mert onur serkan tolga volkan yasin ayse ayşe emine hatice zeynep elif meryem zehra merve esra büşra
busra gizem özlem ozlem derya ebru sibel tuğba tugba gül gul aylin ceren damla defne ecem ipek selin seda
nguyen anh bao binh chau chi cuong dung duc giang hai hanh hieu hoa hoang hong hung huong huy khanh khoa lan
linh loan long mai minh my nam nga ngoc nhung phuong quan quang quynh son tam thanh thao thi thu thuy tien
trang trinh trung tuan tuyet van viet vinh xuan yen
wei jie jun hui ying yan ming hong lei jing xin yu yi li fang lin tao xiaoming xiaoyan zhiwei haoran yuxuan
zihan yichen jiahui xinyi ziyi hao jian qiang ping yong bo chen
hiroshi takashi kenji yuki yuko yoko haruto sota yuto ren riku hinata akiko keiko naoko tomoko satoshi
takumi daiki kaito shota kazuki sakura aoi yui mei hana emi ayumi kaori megumi misaki nanami
minjun seojun jiho jiwoo seoyeon seoyun jiyeon minseo hyun jin jisoo jihoon minho soyeon eunji hyejin
wojciech krzysztof grzegorz tomasz piotr pawel paweł marcin michal michał jakub mateusz kacper szymon
bartosz lukasz łukasz dariusz mariusz zbigniew stanislaw stanisław malgorzata małgorzata agnieszka
katarzyna magdalena joanna zofia ewa beata dorota elzbieta elżbieta grazyna grażyna jadwiga krystyna
urszula wieslawa wiesława bozena bożena halina iwona renata wanda jolanta
giuseppe giovanni francesco antonio alessandro lorenzo matteo leonardo riccardo gabriele salvatore vincenzo
luigi pietro paolo stefano massimo fabio andrea marco davide simone federico emanuele giorgio carlo
francesca chiara giulia sofia martina alessia valentina federica elisa silvia paola giovanna rosa
antonella daniela simona serena ilaria beatrice caterina giada aurora ginevra vittoria
jürgen jurgen jörg jorg uwe klaus dieter wolfgang günter gunter horst helmut manfred gerhard rolf hartmut
bernd thorsten torsten sven lars jens kai dirk ralf frank holger volker matthias tobias lukas jonas
finn leon niklas felix maximilian moritz paul ben elias noah luca emil anton friedrich heinrich
ursula brigitte gisela ingrid renate helga hildegard gertrud monika sabine petra birgit heike anja
katrin kerstin silke claudia nicole stefanie susanne andrea julia lena lea hannah mia emma marie
sophie johanna greta frieda ida luise
jean jacques pierre michel philippe alain patrick nicolas christophe laurent stéphane stephane olivier
thierry éric eric sébastien sebastien frédéric frederic julien guillaume mathieu antoine hugo théo theo
louis gabriel raphaël raphael arthur jules léo leo lucas adam maël mael
marie nathalie isabelle sylvie catherine françoise francoise martine christine monique valérie valerie
sandrine sophie céline celine aurélie aurelie camille léa lea manon chloé chloe inès ines jade louise
josé jose juan carlos luis javier miguel francisco antonio manuel pedro pablo alejandro sergio jorge
alberto rafael fernando daniel diego raúl raul rubén ruben enrique álvaro alvaro iván ivan adrián adrian
maría carmen josefa isabel ana dolores pilar teresa rosario mercedes lucía lucia paula laura marta cristina
elena raquel sara silvia nuria rocío rocio inmaculada montserrat beatriz alba irene andrea
joão joao pedro gabriel lucas mateus guilherme rafael gustavo felipe thiago tiago bruno rodrigo leonardo
vinícius vinicius matheus eduardo diego caio vitor victor henrique otávio otavio
ana beatriz maria júlia julia larissa letícia leticia camila fernanda gabriela amanda bruna juliana
mariana patrícia patricia aline vanessa débora debora thaís thais luana
jan pieter kees henk sander bram daan ruben thijs joost wouter jeroen maarten bas koen niels tim
anouk femke sanne lotte fleur iris eva lisa sophie julia emma tess noor
erik lars anders per nils olof johan magnus henrik karl sven björn bjorn gustav oskar axel
ingrid astrid sigrid kristin karin birgitta annika malin frida elin ebba saga maja wilma
mikko jukka juha matti pekka timo antti ville aino eino helmi
dmitry dmitri sergei sergey alexei alexey vladimir ivan mikhail nikolai andrei andrey yuri oleg boris
igor pavel viktor maxim artem denis roman evgeny yevgeny konstantin
olga tatiana tatyana natalia natalya svetlana irina elena anastasia ekaterina yekaterina yulia oksana
marina galina lyudmila valentina larisa nadezhda daria darya polina ksenia
petr jiří jiri josef pavel martin tomáš tomas jaroslav miroslav zdeněk zdenek václav vaclav
jana eva hana lenka kateřina katerina lucie věra vera tereza
lászló laszlo istván istvan józsef jozsef zoltán zoltan sándor sandor gábor gabor ferenc attila
zsófia zsofia erzsébet erzsebet katalin ildikó ildiko eszter
georgios giorgos dimitrios konstantinos ioannis nikolaos panagiotis christos vasilis
eleni katerina maria sofia despina
`;

export const SURNAMES_EXTRA = `
sharma verma gupta singh kumar patel shah mehta reddy rao nair iyer iyengar menon pillai das bose banerjee
chatterjee mukherjee ghosh sen joshi kulkarni deshpande jain agarwal aggarwal chopra kapoor malhotra khanna
bhatia sinha mishra pandey tiwari dubey yadav chauhan thakur naidu krishnan raghunathan subramanian
venkatesh srinivasan natarajan ramachandran balasubramanian chandrasekhar gopal hegde shetty bhat kamath
desai trivedi bhatt dave parekh chaudhary choudhury saxena srivastava shukla tripathi rastogi arora sethi
ahuja bajaj goel mittal bansal garg jindal khurana grover dutta basu sarkar roy majumdar chakraborty
adeyemi okafor okonkwo eze nwosu obi okeke bello abubakar adebayo oyelaran balogun ogunleye olawale
akinola afolabi ogundipe oladipo okoro chukwu uzor onyeka olatunji adeleke ajayi oni ojo bakare
adeyinka adebisi ogunbanjo okoye nwachukwu obiora ezeh onuoha okwu igwe ibe uche mensah boateng
asante owusu osei agyeman appiah acheampong nkosi dlamini ndlovu khumalo mokoena mahlangu zulu
mthembu ngcobo kamau otieno ochieng mwangi njoroge wanjiru kariuki omondi
haddad khalil nasser saleh mansour hamdan aziz rahman khan hussain qureshi siddiqui malik chaudhry
sheikh abbasi farooq ahmadi hosseini rezaei mohammadi karimi moradi jafari rahimi alavi tehrani
el-amin al-sayed elsayed abdelrahman abdallah
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk ozturk aydın aydin
özdemir ozdemir arslan doğan dogan kılıç kilic aslan çetin cetin kara koç koc kurt özkan ozkan şimşek simsek
polat erdoğan erdogan güneş gunes akın akin aksoy
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh lam mai cao
wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
tanaka suzuki sato satō takahashi watanabe ito itō yamamoto nakamura kobayashi kato katō yoshida yamada
sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa
kim lee park choi jung jeong kang cho yoon yun jang lim han shin seo kwon hwang ahn song hong
kowalski kowalska nowak wiśniewski wisniewski wiśniewska wójcik wojcik kowalczyk kamiński kaminski
lewandowski lewandowska zieliński zielinski szymański szymanski woźniak wozniak dąbrowski dabrowski
kozłowski kozlowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski pawłowski pawlowski
michalski nowakowski adamczyk dudek zając zajac wieczorek jabłoński jablonski król krol majewski
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti costa giordano
mancini rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini
leone longo gentile martinelli vitale lombardo serra coppola santoro marchetti villa ferri fabbri
müller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer schaefer koch
bauer richter klein wolf schröder schroeder neumann schwarz zimmermann braun krüger krueger hofmann
hartmann lange schmitt werner schmitz krause meier lehmann schmid schulze maier köhler koehler herrmann
könig koenig walter mayer huber kaiser fuchs peters lang scholz möller moeller weiß weiss jung hahn
schubert vogel friedrich keller günther guenther frank berger winkler roth beck lorenz baumann franke
albrecht schuster simon ludwig böhm boehm winter kraus martin schumacher krämer kraemer vogt stein
jäger jaeger otto sommer groß gross seidel heinrich brandt haas schreiber graf schulte dietrich ziegler
kuhn kühn kuehn pohl engel horn busch bergmann thomas voigt sauer arnold wolff pfeiffer
dubois durand lefebvre leroy moreau laurent michel garnier fournier girard bonnet dupont lambert fontaine
rousseau vincent lefèvre lefevre faure andré andre mercier blanc guérin guerin boyer chevalier françois
legrand gauthier perrin robin clément clement morin nicolas henry roussel mathieu gautier masson marchand
duval denis dumont marie lemaire noël noel meyer dufour meunier brun blanchard giraud joly rivière riviere
lucas brunet gaillard barbier arnaud martinez gérard gerard roche renard schmitt roy leroux colin vidal
caron picard roger aubert lemoine renaud dumas lacroix olivier philippe bourgeois pierre benoît benoit
rey leclerc payet rolland leclercq guillaume lecomte lopez jean dupuy guillot hubert berger carpentier
garcía garcia rodríguez rodriguez gonzález gonzalez fernández fernandez lópez lopez martínez martinez
sánchez sanchez pérez perez gómez gomez martín martin jiménez jimenez ruiz hernández hernandez díaz diaz
moreno muñoz munoz álvarez alvarez romero alonso gutiérrez gutierrez navarro torres domínguez dominguez
vázquez vazquez ramos gil ramírez ramirez serrano blanco molina morales suárez suarez ortega delgado castro
ortiz rubio marín marin sanz núñez nunez iglesias medina garrido cortés cortes castillo santos lozano
guerrero cano prieto méndez mendez cruz calvo gallego herrera márquez marquez león leon peña pena flores
cabrera campos vega fuentes carrasco diez reyes caballero nieto aguilar pascual santana herrero montero
lorenzo hidalgo giménez gimenez ibáñez ibanez ferrer durán duran santiago benítez benitez vargas mora
vicente arias carmona crespo román roman pastor soto sáez saez velasco moya soler parra esteban bravo
silva santos oliveira souza sousa rodrigues ferreira alves pereira lima gomes costa ribeiro martins
carvalho almeida lopes soares fernandes vieira barbosa rocha dias nascimento andrade moreira nunes
marques machado mendes freitas cardoso ramos gonçalves goncalves santana teixeira araújo araujo
de jong jansen de vries van den berg van dijk bakker janssen visser smit meijer de boer mulder de groot
bos vos peters hendriks van leeuwen dekker brouwer de wit dijkstra smits de graaf van der meer van der
linden kok jacobs de haan vermeulen van den heuvel van der veen van den broek de bruijn de bruin van der
heijden schouten van beek willems van vliet van de ven hoekstra maas verhoeven koster van dam van der
wal prins blom huisman peeters
hansen johansen olsen larsen andersen pedersen nielsen kristiansen jensen karlsen johnsen pettersen
eriksen berg haugen hagen johannessen andreassen jacobsen dahl jørgensen jorgensen halvorsen henriksen
lund sørensen sorensen rasmussen christensen thomsen poulsen knudsen mortensen møller moller
johansson andersson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson
jonsson jansson hansson bengtsson jönsson jonsson lindberg lindström lindstrom lindqvist lindgren
berglund axelsson fredriksson sandberg henriksson forsberg sjöberg sjoberg wallin engström engstrom
korhonen virtanen mäkinen makinen nieminen mäkelä makela hämäläinen hamalainen laine heikkinen koskinen
järvinen jarvinen lehtonen lehtinen saarinen salminen heinonen niemi heikkilä heikkila
ivanov smirnov kuznetsov popov vasiliev vasilyev petrov sokolov mikhailov novikov fedorov morozov volkov
alekseev lebedev semenov egorov pavlov kozlov stepanov nikolaev orlov andreev makarov nikitin zakharov
zaitsev solovyov borisov yakovlev grigoriev romanov vorobyov sergeev frolov
ivanova smirnova kuznetsova popova petrova sokolova novikova morozova volkova pavlova kozlova
shevchenko kovalenko bondarenko tkachenko kravchenko melnyk oliynyk boyko kovalchuk koval lysenko
marchenko rudenko savchenko petrenko
papadopoulos georgiou nikolaou ioannou konstantinou dimitriou papadakis pappas vlachos oikonomou
nagy kovács kovacs tóth toth szabó szabo horváth horvath varga kiss molnár molnar németh nemeth farkas
balogh papp takács takacs juhász juhasz lakatos mészáros meszaros oláh olah simon rácz racz
novák novak svoboda novotný novotny dvořák dvorak černý cerny procházka prochazka kučera kucera veselý
vesely horák horak němec nemec pokorný pokorny marek pospíšil pospisil hájek hajek jelínek jelinek
popescu ionescu popa radu dumitru stan stoica gheorghe matei ciobanu rusu munteanu
horvat kovačević kovacevic babić babic marić maric jurić juric novak knežević knezevic petrović petrovic
jovanović jovanovic nikolić nikolic ilić ilic đorđević djordjevic stojanović stojanovic
`;

/**
 * First names that are also everyday English words or tech terms. Alone they are not evidence of a person;
 * they count only next to a surname, after a cue ("Dear Grace"), or with an honorific.
 */
export const AMBIGUOUS_FIRST_NAMES = `
will may june april august max grace rose ruby julia ada pascal hunter chase victor grant mark bill pat sue
art rich hope faith joy dawn summer autumn winter amber jade crystal holly ivy lily daisy iris violet hazel
olive sage river sky storm rain star angel king prince page frank earnest guy jack jean lane miles nick norm
penny ray rob sandy van wade carter cash cole drew dean don gene kelly bob bud buck chip clay cliff dale
dash dell del doc dot eve fern flora forrest gay gil glen heath herb honey jay jewel jim joe kit lance
lee lou mason matt pearl pepper ross rusty scott sol spring stone taylor tip tom tony ward wolf young
bay brook cherry coral destiny essence harmony heaven journey justice karma liberty lyric melody memory
miracle mercy misty passion patience precious promise royal serenity shade trinity unique velvet
august apollo atlas jasper oscar alexa siri cortana watson echo nova luna orion phoenix electron
grant marshal major sterling baker cooper porter hunter archer butler fisher
harley morgan jordan chad georgia virginia carolina florence sydney austin dallas houston paris
china india israel asia africa kenya lincoln washington madison jackson
long young son an my
`;

/** Words that join parts of a name ("Ludwig van Beethoven", "Maria de la Cruz"). */
export const NAME_PARTICLES = new Set(
  'van von der den de del della di da dos das du la le bin ibn al el ben ter ten zu af av mac st'.split(' '),
);

/** Titles before a name; the name span excludes them (Presidio's synthetic set labels them separately). */
export const HONORIFICS = new Set(
  'mr mrs ms miss mx dr prof sir madam madame dame lord lady rev fr herr frau sr sra srta sig mme mlle dott ing'.split(
    ' ',
  ),
);
