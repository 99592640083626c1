/**
 * Everyday English words (and tech/product words) that are often capitalised at the start of a sentence, in
 * headings or in UIs, and are not names. A capitalised word in this list is never taken as a surname or as a
 * name on its own. Written for Veil; the full path adds compromise's whole lexicon on top.
 */
export const COMMON_WORDS = `
a about above across after again against all almost alone along already also although always am among an and
another any anyone anything anyway anywhere are around as ask at away back be because been before behind being
below best better between both but by can cannot could did do does doing done down during each either else
enough even ever every everyone everything except few first for from further get gets getting give given go
goes going gone good got great had has have having he her here hers herself him himself his how however i if
in instead into is it its itself just keep last least less let like little lot made make many me might mine
more most much must my myself near need never new next no nobody none nor not nothing now of off often on once
one only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather really
same see several shall she should since so some somebody someone something sometimes soon still such than that
the their theirs them themselves then there these they this those though through thus to today together too
tomorrow toward towards under unless until up upon us very via was we well were what whatever when whenever
where whether which while who whoever whole whom whose why will with within without would yes yet you your
yours yourself yourselves yesterday
hello hi hey dear thanks thank thx regards cheers best sincerely kind warm yours greetings welcome goodbye bye
ok okay sure sorry pardon excuse congratulations congrats note notes subject re fw fwd attn attention
sent received date time from to cc bcc reply forward urgent important update updated reminder meeting call
name surname first last middle full title phone mobile email address street city state country zip postal
code number account card bank balance amount total price cost fee tax invoice order receipt payment ref
customer client user admin support team staff manager director president officer engineer developer doctor
patient nurse teacher student member guest owner driver agent partner contact sales service services office
company inc ltd llc corp group department dept university school college hospital clinic center centre
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun
jul aug sep sept oct nov dec spring summer autumn fall winter morning afternoon evening night noon midnight
week weekend month year day days hours minutes seconds
north south east west northern southern eastern western central upper lower old new great little big small
red green blue black white brown grey gray yellow orange purple pink gold silver
mr mrs ms miss dr prof sir madam
can could should would will shall might must may
yes no maybe never always
the a an this that these those my your his her its our their
is are was were be been being am
do does did done doing have has had having
get got make made take took give gave go went come came see saw know knew think thought say said tell told
ask asked use used find found want wanted need needed try tried help let put keep kept start started stop
show shown turn turned move moved run ran play played live lived lives believe bring brought happen happened
write wrote written read sit stand lose lost pay paid meet met include included continue set learn change
lead understand watch follow create created speak spoke allow add added spend grow open opened walk win won
offer remember love consider appear buy bought wait serve die send expect build stay fall cut reach kill
remain suggest raise pass sell require report decide pull check checked fix fixed test tested deploy
please kindly hereby attached enclosed following above below regarding concerning per via
also however therefore moreover furthermore meanwhile nevertheless otherwise instead indeed actually
basically finally firstly secondly lastly overall generally usually currently recently
thing things way ways people person man woman men women child children family friend friends life world
work job problem question answer issue issues error errors bug bugs fix feature features request requests
information info data details detail system systems process project projects product products plan plans
result results reason case cases point points part parts place places home house room area side end line
lines word words list table file files folder page pages link links image images text message messages
story fact example examples idea ideas group level order form forms type types version versions step steps
today tonight tomorrow yesterday now later soon
here there everywhere somewhere nowhere
true false null none undefined nan yes no todo fixme
api url http https html css json xml sql yaml csv pdf id ids uuid ip dns tcp udp ssh ssl tls vpn cli gui
app apps web site website server client database db cache queue key keys token tokens secret password
login logout sign signin signup auth oauth admin root host port path config setting settings option options
function method class object array string integer number boolean value values variable param params
docker kubernetes linux windows mac macos ios android chrome firefox safari edge node npm yarn git github
gitlab bitbucket jira confluence slack zoom teams outlook gmail excel word powerpoint google microsoft apple
amazon aws azure gcp react vue angular svelte python java javascript typescript rust go golang ruby php
perl swift kotlin scala haskell redis postgres postgresql mysql mongodb sqlite kafka nginx apache
terraform ansible jenkins webpack vite babel eslint prettier jest vitest
openai chatgpt gpt claude gemini copilot llama mistral anthropic
applicant employer employee spouse partner priority status severity assignee reporter description summary title
comment comments reason category role position occupation nationality gender sex age height weight marital
signature witness guardian beneficiary dependent tenant landlord buyer seller vendor supplier holder cardholder
payee payer sender recipient passenger traveller traveler guest visitor member insured policyholder signatory
surname forename given maiden nickname alias username handle
credential credentials secret secrets config configuration service services deployment cluster namespace
default admin root test prod production staging dev development metadata spec kind opaque
hotel restaurant airport station street avenue road lane drive boulevard square park bridge river lake
mount mountain island beach bay valley hill hills
i'm i've i'll i'd you're you've we're we've they're it's that's there's what's let's don't doesn't didn't
can't won't isn't aren't wasn't weren't hasn't haven't shouldn't wouldn't couldn't
`;

/**
 * Labels of personal data, in English and the other default languages: they introduce values and are never part
 * of a name ("my name is passport…", "Rufnummer 0981…"). They are also the recognizers' context words, which is
 * why a name must not swallow them: redacting the name would hide the context.
 */
export const LABEL_WORDS = `
passport licence license born birth birthday dob cell tel telephone fax mail email e-mail credit debit iban ssn
nhs nino insurance social security routing postcode zipcode expiry expires cvv cvc pin ticket reference policy
geboren geburtsdatum geburtstag reisepass ausweis personalausweis steuer steuernummer telefon rufnummer handy
kundennummer vertragsnummer anschrift adresse
né née naissance téléphone passeport
nacido nacida nacimiento teléfono pasaporte dirección
nato nata nascita telefono passaporto indirizzo
geboortedatum telefoon paspoort adres
nascido nascida nascimento telefone passaporte endereço
`;
