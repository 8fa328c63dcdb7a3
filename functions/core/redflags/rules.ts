/**
 * Red-flag rules, as data. Patterns are regular-expression sources matched against folded
 * text (lower case, no accents, straight quotes, common misspellings corrected: see engine.ts).
 * A rule matches when any pattern does, unless the match is negated, historical, hypothetical,
 * figurative or about an animal (engine.ts decides those by context, the same way for every rule).
 *
 * A pattern may name its key part `(?<k>...)` ("pregnant ... (?<k>bleeding)"): a negation right
 * before the key part discounts the match too ("8 weeks pregnant, no bleeding").
 * A rule may also list contexts that make it not apply: `notBefore` (the text just before the
 * match ends with it), `notAfter` (the text just after starts with it), `notNear` (found within
 * 150 characters either side).
 *
 * Each rule escalates on its own: no model output can lower it.
 */
export interface RedFlagRule {
  id: string;
  description: string;
  patterns: string[];
  notBefore?: string;
  notAfter?: string;
  notNear?: string;
}

const r = String.raw;

/** Up to this many characters within one sentence. */
const S = (n: number) => `[^.!?\\n]{0,${n}}`;
/** Up to this many characters, across sentences (lazy). */
const A = (n: number) => `[^]{0,${n}}?`;
const WHO = r`(?:he|she|they|baby|dad|mom|husband|wife|son|daughter|grandma|grandmother|grandpa|grandfather|father|mother|brother|sister|partner|child|kid|it)`;
const THINNER = r`(?:eliquis|xarelto|warfarin|coumadin|jantoven|pradaxa|savaysa|apixaban|rivaroxaban|dabigatran|lovenox|enoxaparin|heparin|plavix|clopidogrel|brilinta|ticagrelor|effient|prasugrel|blood thinners?|anticoagula\w*|warfarina)`;
const FALL = r`(?:fell\b(?! asleep| behind| for| apart| through)|fallen\b(?! asleep| behind)|(?:a|bad|the|another|unwitnessed|recent|hard|nasty) fall\b(?! (?:semester|season|term|colors|leaves))|found (?:him |her |them )?on the floor|(?<!\b(?:last|this|next|in the|since|early|late|the) )falls? (?:down|over|off|on|from|out of|in the|and)\b|tumble\w*|slipped|tripped|se cayo|me cai|se golpeo|me golpee|se pego)`;
const HEAD_HIT = r`(?:head (?:hit|got hit|was hit|struck|bumped|banged|smacked)|(?:fell|landed|dropped|fallen|falling) (?:\w+ ){0,4}(?:on|onto) (?:his|her|my|their|the) (?:head|forehead)|helmet to helmet|(?:took|got) a (?:hard |big )?(?:hit|blow|knock) to the head|head ?butt\w*|(?:le|me|se) cayo (?:\w+ ){0,3}(?:en|sobre) (?:la|su|mi) cabeza|(?:hit|hits|hitting|bumped|bumping|banged|banging|struck|whacked|smacked|knocked|cracked|slammed) (?:\w+ )?(?:(?:the (?:back|side|front|top) of )?(?:my|his|her|their|the) )?(?:head|hed|forehead|skull)|head injury|(?:blow|knock|bump|hit|whack) (?:to|on) (?:the|his|her|my|their) head|concuss\w*|(?:se|me) (?:pego|golpeo|golpee|pegue|dio|di) (?:un golpe |un golpazo |un madrazo |duro |fuerte |muy fuerte )?(?:en |con )?(?:la |su |mi )?cabeza|golpe (?:fuerte |muy fuerte )?en la cabeza)`;
const LIMB = r`(?:leg|legs|foot|ankle|hip|knee|arm|wrist|elbow|shoulder|thigh|shin|forearm)`;
const SUGAR = r`(?:blood sugar|sugar(?: machine| meter| reader)?|glucose|bg|bs|azucar|glucosa|meter|glucometer|glucometro|cgm|dexcom|libre|aparato)`;
const HIGH_SUGAR = r`(?:[3-9]\d\d|[1-9]\d{3}|hi\b|high|over \d{3}|(?:three|four|five|six|seven) hundred)`;
const VOMIT = r`(?:vomit\w*|throw(?:ing)? up|threw up|thrown up|puk\w*|can'?t keep (?:\w+ )?down|vomitando|vomito|vomita)`;
const AB = r`(?:abdom\w*|belly|stomach|tummy|abd|gut|flank|lower right|upper right|right (?:upper|lower)|(?:left|right|lower) side|pelvi\w*|groin|belly button|estomago|panza|barriga|vientre|costado(?: (?:derecho|izquierdo))?(?: abajo)?|lado derecho(?: abajo)?)`;
const SEV = r`(?:sudden\w*|severe|no (?:lo |la )?aguanto|que no aguanto|intense|extreme|horrible|terrible|really bad|very bad|so bad|awful|sharp|stabbing|excruciating|unbearable|agoniz\w*|worst|(?:very )?strong|10/10|10 out of 10|fuerte|muy fuerte|intenso|insoportable|horrible|terrible)`;
const AB_SIGN = r`(?:${VOMIT}|fever|chills|faint\w*|clammy|sweat\w*|(?:through|to|into) (?:my |the |his |her )?back|(?:can'?t|cannot|unable to) (?:walk|stand|move|get comfortable|sit still)|doubled over|yellow|(?:hard|rigid|firm) (?:as|like)|rigid|worst|worse than anything|10/10|10 out of 10|blood|fiebre|no (?:me )?(?:puedo|puede) (?:ni )?(?:caminar|mover\w*)|(?:atraviesa|pasa|llega|va) (?:hasta |a |para )?la espalda)`;
const PERSON_OBJ = r`(?:him|her|them|someone|somebody|people|everyone|everybody|(?:my|his|her|their|our|the|a|this|that) (?:\w+ )?(?:wife|husband|ex|boyfriend|girlfriend|partner|boss|manager|supervisor|coworker|co-worker|neighbou?r|mom|mother|dad|father|stepdad|stepmom|stepfather|stepmother|brother|sister|son|daughter|baby|kids?|children|teacher|roommate|family|man|woman|guy|lady|people|person|students?|classmates?|cop|doctor))`;
const INFANT_AGE = r`(?:(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?-?(?:weeks?|wks?)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|few) ?-?days?|(?:[12]|one|two) ?-?(?:months?|mos?))`;
const FEVER = r`(?:fever\w*|febrile|temp\w*|burning up|hot to (?:the )?touch|100\.[4-9]|10[1-6](?:\.\d)?|3[89](?:[.,]\d)?|40(?:[.,]\d)?\b|fiebre|calentura|temperatura)`;
/** A blood pressure of 160/110 or more (either number). */
const BP_SEVERE = r`(?:(?:1[6-9]\d|2\d\d) ?(?:/|over) ?\d{2,3}|\d{2,3} ?(?:/|over) ?(?:1[1-9]\d))\b`;
/** A blood pressure of 180/120 or more (either number). */
const BP_CRISIS = r`(?:(?:1[89]\d|2\d\d) ?(?:/|over) ?\d{2,3}|\d{2,3} ?(?:/|over) ?(?:1[2-9]\d))\b`;
const BP = r`(?:bp|blood pressure|pressure|presion(?: arterial)?|tension(?: arterial)?)`;
/** A current pregnancy. */
const PREG = r`(?:pregnan\w*|weeks along|expecting|(?<!\b(?:for|past|last|every|over|in|within|than|after) )\b(?:[2-4]\d|[5-9]) ?(?:weeks|wks|wk)\b(?! (?:old|ago|postpartum|post|after|of|in a row))|\b[1-4]\d ?-?(?:week|wk) (?:visit|appointment|appt|ultrasound|scan|check\w*|anatomy|growth)|(?:second|third|2nd|3rd) trimester|my (?:pregnancy|baby bump))`;
/** Recently delivered (pre-eclampsia can start up to six weeks after birth). */
const POSTPARTUM = r`(?:post-?partum|post-?natal|(?:gave|given|give|gives) birth|(?:had|delivered) (?:my|the|our|a|her) (?:baby|son|daughter|twins)|c-?section|(?:pos|post)-?parto|dio a luz|di a luz|(?:tuve|tuvo) (?:a )?(?:mi|su|el|la) (?:bebe|nin[oa]|hij[oa])|cesarea|acab\w* de (?:tener|dar a luz))`;
/** Pre-eclampsia signs. */
const PREECLAMPSIA = r`(?:(?:severe|horrible|terrible|bad|worst|pounding|splitting|killer|awful|really bad|very bad|constant) (?:\w+ )?head ?ache|head ?ache${S(60)}\b(?:won'?t|wont|will not|doesn'?t|does not|isn'?t|not|didn'?t) (?:\w+ )?(?:go away|going away|stop|quit|help\w*|touch\w*|budg\w*|work\w*)|(?:things|everything) (?:look|looks|are|is|seem|seems|went|go|going) (?:\w+ )?blurr\w*|(?:vision|seeing|eyes?) (?:is |are )?(?:\w+ )?(?:blurry|blurr\w*|spots|stars|flash\w*|sparkl\w*|lights|double)|blurry vision|(?:spots|stars|sparkles|flashes|flashing lights|sparkly \w+) (?:in|before|across) (?:my |her )?(?:vision|eyes)|seeing (?:\w+ )?(?:spots|stars|flashes|sparkles|lights)|(?:face|hands|fingers|eyes)(?: (?:and|&|n) (?:my |her )?(?:face|hands|feet|fingers|legs|eyes))? (?:\w+ )?(?:swell\w*|swollen|puff\w*)|swelling (?:in|of|on) (?:my |her )?(?:face|hands)|can'?t get (?:my|her) rings? off|${BP}${S(30)}${BP_SEVERE}|(?:pain|ache|hurts?) (?:\w+ ){0,3}(?:under|below) (?:my |her |the )?right (?:ribs?|rib cage)|(?:upper right|right upper) (?:\w+ )?(?:pain|belly|stomach|abdomen|side)|seizure|convuls\w*|dolor de cabeza (?:muy )?(?:fuerte|horrible|terrible|intenso|insoportable|que no se (?:quita|va))|(?:mucho|fuerte|terrible) dolor de cabeza|(?:me|le) duele (?:mucho|muchisimo|demasiado|horrible|bien fuerte) la cabeza|(?:veo|ve|viendo|mira|miro) (?:unas |unos )?(?:lucecitas|luces|manchas|manchitas|puntitos|estrellitas|estrellas|borroso|doble)|vision borrosa|vista (?:borrosa|nublada)|se (?:me|le) nublo la vista|hinch\w* (?:\w+ ){0,3}(?:la cara|las manos|los ojos)|(?:la cara|las manos|los ojos)(?: \w+){0,4} (?:muy |bien |super )?hinchad\w*|${BP}${S(30)}${BP_SEVERE}|dolor (?:\w+ ){0,3}(?:debajo de las costillas|boca del estomago))`;
/** Recent surgery, a procedure or a birth, whose wound can get infected. */
const POSTOP = r`(?:surger\w*|surgical|operation|operated|post-?op\w*|procedure|(?:had|got) (?:my|his|her|their|a|the) (?:\w+ )?(?:out|removed|replaced|taken out)|incision|c-?section|cesarea|cirugia|operacion|(?:me|la|lo|le) operaron|${POSTPARTUM})`;
/** Fever of 102 °F / 38.9 °C or more, or called high, or fever with shaking chills. */
const HIGH_FEVER = r`(?:\b10[2-6]\.\d\b(?! ?(?:lbs?|pounds|kg|mg|%|fm|am\b))|(?:chills|rigors|shaking)${S(20)}\b10[2-6](?:\.\d)?\b|(?:fever|temp\w*|fiebre|calentura)${S(15)}\b(?:10[2-6]|39|4[01])(?:[.,]\d)?\b|(?:high|very high|raging|spiking) (?:fever|temp\w*)|fiebre (?:muy )?alta|fever\w*${S(40)}\b(?:shaking|shiver\w*|rigors|chills)|(?:shaking|shiver\w*|rigors|chills)${S(40)}\bfever|(?:fiebre|calentura)${S(40)}\bescalofrios|escalofrios${S(40)}\b(?:fiebre|calentura))`;
/** Signs that an infection is spreading to the blood (sepsis). */
const SEPSIS_SIGN = r`(?:shaking chills|shiver\w*|rigors|(?:can'?t|cannot) stop shaking|confus\w*|mixing up|not making sense|heart(?: rate)? (?:is |was |going |racing |at |of |pounding )*(?:1[2-9]\d)|(?:heart|pulse) (?:is )?racing|pus|oozing|red streaks?|(?:skin|she|he) (?:looks |is )?(?:blotchy|mottled|grey|gray)|blotchy|mottled|motead\w*|foggy|escalofrios|temblando|confundid\w*|supura\w*)`;
/** Much thirst and much urine: high-sugar signs. */
const THIRST = r`(?:(?:very|so|really|super|extremely|always|constantly) thirsty|thirsty all the time|(?:can'?t stop|keeps?) drinking|mucha sed|sed (?:todo el tiempo|horrible|tremenda)|toma (?:y toma )?(?:mucha )?agua)`;
const PEEING = r`(?:(?:peeing|urinating|pees|pee|going to the bathroom)${S(10)}\b(?:a lot|constantly|all the time|every (?:\d+ |few |ten |five |half (?:an )?)?(?:min\w*|hour)|nonstop|so much)|orina (?:a cada rato|mucho|seguido|muy seguido|cada rato)|(?:hace|haciendo) (?:pipi|del bano) (?:a cada rato|mucho|seguido))`;
const DKA_SIGN = r`(?:${VOMIT}|confus\w*|not making sense|out of it|drows\w*|(?:breath\w*|respir\w*) (?:\w+ )?(?:fast|rapid|deep\w*|hard|heavy|rapido|hondo|profundo)|fruity|confundid\w*|(?:no )?(?:me |le )?contesta(?:r)? bien|como ido|somnolient\w*|dolor de panza|belly pain|stomach pain)`;
const SGLT2 = r`(?:farxiga|jardiance|invokana|steglatro|xigduo|synjardy|glyxambi|trijardy|dapagliflozin\w*|empagliflozin\w*|canagliflozin\w*|ertugliflozin\w*)`;
/** Indirect warning signs of a suicide plan; two together are a red flag. */
const SUICIDE_CUE = r`(?:(?:wrote|written|writing|left|leaving|finished|finishing) (?:\w+ ){0,2}(?:letters?|notes?) (?:to|for) (?:my|each of my|all my|everyone|everybody)|(?:put|got|loaded|took|taken|bought|have|keep) (?:out )?(?:the|my|a|his|her|dad'?s) (?:gun|pistol|rifle|shotgun|rope)\b(?: (?:out|ready|loaded|in (?:the|my) (?:car|truck|bag|room)))?|(?:gun|pistol|rifle|shotgun)\b (?:is |'s )?(?:loaded|ready|out and|in (?:the|my) (?:car|truck))|gave (?:away )?(?:my|his|her) (?:\w+ )?(?:cat|dog|pets?|guitar|things|stuff|belongings|car|jewelry|savings) (?:away|to)|(?:already )?gave away (?:my|his|her) \w+|(?:need|want|wish|just want|just need) (?:the|this|all the|my|it all) (?:pain )?to (?:be over|end|stop forever)|(?:won'?t|will not) (?:be (?:around|here) (?:much longer|anymore|by)|be a burden)|(?:this is|saying) (?:my )?goodbye|(?:escrib\w*|deje) (?:unas |las )?cartas (?:a|para) (?:mis|todos)|regal\w* (?:a )?mi (?:perr\w*|gat\w*|mascota)|(?:ya tengo|saque|tengo lista) (?:la|el|una|un) (?:pistola|arma|cuerda|soga)|quiero que (?:el dolor|todo) se (?:acabe|termine)|(?:wrote|written|left|leaving) (?:a|the|my) (?:note|letter)\b|(?:so (?:it|this) (?:isn'?t|is not|won'?t be|will not be) a surprise|(?:wanted|want) (?:you|someone|somebody|my doctor) to know (?:first|before))|(?:made|making) (?:my|his|her) peace|(?:won'?t|will not|wont) (?:be )?need(?:ing)? (?:them|it|those|these|any of (?:it|them|this)|my (?:\w+ )?(?:appointments?|appts?|meds|medications?|refills?|prescriptions?))(?: (?:anymore|any more|after|now))?|(?:won'?t|will not|wont) be (?:around|here) (?:for (?:it|that|them|this)|anymore|any more|much longer|after)|thank(?:s| you| u)(?: to)?(?: (?:dr\.?|doctor|nurse|dra\.?) \w+| \w+)?,? for (?:trying|all the years|all (?:your|you'?ve|you have) (?:help|done|did)|everything (?:over|all) the years)|(?:said|saying|say) (?:all )?(?:my )?goodbyes?\b|(?:i'?m|i am) at peace with (?:it|this|my decision)|(?:saving|saved|hoarding|keeping) (?:the|my|his|her) (?:\w+ )?(?:ones|pills|meds)\b|(?:bought|buy|got|have|tied|buying) (?:a |the |some )?(?:rope|noose)\b|(?:gave|given|giving|give) (?:all )?(?:my|his|her) (?:stuff|things|belongings) away|(?:wrote|written|finished) (?:the|my|all the|goodbye) letters\b|(?:just )?(?:wanted|want) (?:you|someone|somebody|anyone) to know\b|(?:please )?(?:don'?t|do not|dont) (?:call|send) (?:the )?(?:cops|police|911)|(?:picture|photo|copy) of (?:his|her|my) will\b|squared away|thanks for everything|turned (?:his|her|my) phone off|gracias por (?:intentarlo|todo)|ya no puedo mas|tengo (?:la|el|una|un) (?:pistola|arma|cuerda|soga)\b|(?:can'?t|cannot) reach (?:him|her)|guns? (?:are|is) loaded|(?:this|it) (?:will be|is|'?s) (?:my|the) last (?:message|note|letter|time (?:i|you'?ll) (?:write|hear))|sorry for everything|(?:none of this|it) (?:is|was) (?:not |n'?t )?(?:your|her|his|their|anyone'?s) fault|(?:gave|given|giving) (?:away )?(?:my|his|her) (?:guns?|firearms?|rifles?|pistols?|weapons?) (?:away|to)|(?:doesn'?t|does not|don'?t|do not|can'?t) see (?:the|any) point (?:anymore|any more)|despedirme|me despido|(?:ya )?(?:deje|tengo) todo (?:arreglado|listo|en orden)|no me busquen|perdon(?:enme)? por todo|(?:es|este es) mi ultimo mensaje|ya no (?:voy|vamos) a necesitar)`;
const POISONS = r`(?:detergente|capsulas? de(?:l)? (?:detergente|jabon)|lejia|pinol|aguarras|thinner|gasolina|sosa caustica|destapa\w*|antifreeze|button batter(?:y|ies)|pilas? (?:de )?boton|(?:dishwasher|laundry|detergent|tide) pods?|rat poison|bleach|drain cleaner|lye|pesticide|weed killer|insecticide|lighter fluid|gasoline|kerosene|windshield (?:washer )?fluid|magnets|cleaning (?:fluid|products?|chemicals?)|poison\w*|veneno|cloro|raticida|mushrooms?)`;

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'chest-pain',
    description: 'Chest pain, pressure or tightness; heart-attack signs',
    patterns: [
      r`\b(?:chest|chess) (?:(?:is|feels?|felt|was|got|gets|getting|been|has been|have|has|had|with|real|really|so|very|kind of|kinda|a bit|all|strong|bad|severe|sharp|big|much|some|this|heavy|terrible|horrible|awful|constant) ){0,3}(?:pains?|painful|pain|pressure|tight\w*|tite|heav\w*|discomfort|hurts?|hurting|ache|aches|aching|crush\w*|squeez\w*|caving|cavin|burning|on fire)`,
      r`\b(?:pains?|pressure|tightness|heaviness|squeezing|crushing|ache|aching|weight|tight band|band|discomfort|elephant|dolor|presion|opresion|apreton|peso|ardor)\b${S(30)}\b(?:chest|sternum|breastbone|pecho)\b`,
      r`\b(?:tight|heavy|crushing|squeezing|squeezy) (?:feeling (?:in|on) (?:my |the )?)?chest\b`,
      // A weight sitting on the chest, however it is pictured ("like a truck parked on my chest").
      r`\b(?:truck|car|anvil|bricks?|cinder ?block|boulder|piano|elephant|cow|horse|someone|somebody|a (?:big |fat |heavy )?(?:man|guy|person)|una? (?:piedra|elefante|camion|vaca|loza)|alguien)\b (?:is |was |were |'s )?(?:parked|sitting|sat|standing|stood|kneeling|pressing|pushing|squeezing|stepping|laying|lying|on|encima|sentad[oa]|parad[oa]|aplastando|apretando)${S(20)}\b(?:chest|pecho)\b`,
      r`\b(?:holding|clutching|grabbing|gripping|pressing on) (?:at )?(?:my|his|her|their|the|su) (?:chest|pecho)\b|\b(?:put|puts|putting|had|has|with) (?:his|her|my|a) hands? (?:on|to|over|against) (?:his|her|my|the) chest\b`,
      r`\bradiat\w* (?:up |down )?(?:to|into|down|up) (?:the |my |his |her )?(?:left )?(?:jaw|arm|shoulder)\b`,
      r`\b(?:sweat\w*|clammy|diaphoretic|sudad\w*|sudando)\b${S(40)}\b(?:grey|gray|ashen|grayish|greyish|gris|cenizo)\b|\b(?:grey|gray|ashen)\b${S(40)}\b(?:sweat\w*|clammy|diaphoretic)\b`,
      r`\b(?:quijada|mandibula|brazo izquierdo)\b${S(80)}\b(?:sweat\w*|clammy|gr[ae]y|pale|sudad\w*|sudando|palid\w*)|\b(?:jaw|left arm)\b${S(80)}\b(?:sudad\w*|sudando|palid\w*)`,
      r`\bheart attack\b`,
      r`\bchest (?:feels |is |felt )?like (?:an? |some )?(?:\w+ ){0,3}(?:is |was )?(?:sitting|sat|standing|stood|parked|stepping|kneeling|squeezing|crushing|pressing|laying|lying) on (?:it|me)\b`,
      r`\b(?:belt|band|vise|vice|rope)\b${S(30)}\b(?:tight\w*|squeez\w*|pull\w*)${S(30)}\b(?:ribs|chest)\b`,
      r`\b(?:heart|hart) (?:is |has been |keeps |been )?(?:hurt\w*|aching|achin)\b${A(80)}\b(?:arm|jaw|breath\w*|breth|sweat\w*|clammy|dizz\w*|nause\w*|pressure|tight\w*|faint\w*)`,
      r`\blike (?:an? )?(?:elephant|truck|horse|cow|car|someone|somebody|ton of bricks)\b (?:is |was |had )?(?:sitting|sat|stepped|standing|stood|parked|stepping|kneeling|laying|lying|squeezing|crushing) (?:on|over) (?:her|him|me|them)\b`,
      // Aortic dissection: a tearing pain through to the back.
      r`\b(?:tearing|ripping|torn|tore|rip|tear|tears)\b${S(60)}\b(?:(?:straight |right )?(?:through|thru|into|to|in) (?:to )?(?:my |his |her |the )?back|between (?:my |his |her |the )?shoulder)`,
      r`\bcp\b(?= (?:and|w|with|radiat|since|started|going|for))`,
      r`\b(?:jaw|left arm|shoulder blades?|arm)\b${S(80)}\b(?:sweat\w*|clammy|diaphoretic|short(?:ness)? of breath|nause\w*|queasy|grey|gray|pale)`,
      r`\b(?:sweat\w*|clammy|cold sweat)\b${S(80)}\b(?:jaw|left arm|chest)\b`,
      r`\b(?:chest|pecho)\b${S(60)}\b(?:radiat\w*|spread\w*|going|goes|moving|baja|bajando|corre) (?:down |up |into |to |al |hacia )?(?:my |his |her |the |el |su )?(?:left )?(?:arm|jaw|back|neck|brazo|quijada|mandibula)`,
      r`\b(?:me|le|nos) (?:duele|esta doliendo|aprieta) (?:mucho |muchisimo |bastante |fuerte |horrible |demasiado )?(?:el|mi|su) pecho\b`,
      r`\b(?:sudando|sudor|sudoroso|sudorosa|sudada?) ?(?:frio|helado)?${S(80)}\b(?:pecho|brazo izquierdo|mandibula|quijada)\b|\b(?:pecho|brazo izquierdo|mandibula|quijada)\b${S(80)}\b(?:sudando|sudor frio|sudoroso|sudorosa|sudada?)\b`,
      r`\bpecho (?:apretado|oprimido)\b`,
      r`\b(?:ataque al corazon|ataque cardiaco|infarto)\b`,
    ],
    notNear: r`\b(?:when i (?:cough|sneeze|press|push|think about|get (?:anxious|stressed|nervous))|cuando (?:toso|estornudo|aprieto|me presiono)|(?:tender|sore|hurts?|painful) to (?:the )?touch|breast ?feed\w*|agarrar el pecho|dar (?:el )?pecho|dando pecho)`,
  },
  {
    id: 'breathing',
    description: 'Trouble breathing, not breathing, blue lips, choking',
    patterns: [
      r`\b(?:can'?t|cannot|can not|cant|couldn'?t|could not|unable to|hard to|trouble|difficulty|difficult to|struggling to|struggle to|hard time|barely)(?: (?:hardly|barely|really|even|quite|seem to|properly))? (?:breath|breathe|breathing|breed|breeth|brethe|breth|catch (?:my|his|her|their) breath|get (?:enough )?air)\b`,
      r`\b(?:trouble|difficulty|problems?|difficult|hard|labou?red|struggling|noisy|rapid) (?:with )?breathing\b`,
      r`\bbreathing (?:(?:is|feels?|seems|sounds|got|has|have|become|becoming|getting|gotten|grown|really|very|so|super|too|kind of|kinda|and) ){0,3}(?:fast|hard|heavy|rapid|shallow|slow|deep\w*|labou?red|noisy|funny|weird|gurgl\w*|raspy)\b`,
      r`\bshort(?:ness)? (?:of|of the) breath\b`,
      r`\bsob\b`,
      r`\b(?:not|isn'?t|is not|stopped|stops|wasn'?t|quit) breathing\b`,
      r`\bgasping\b`,
      r`\b(?:lips|face|fingers|fingertips|mouth|skin|tongue|he|she|baby)\b (?:(?:are|is|turning|turned|went|look|looks|looked|going|getting|got|kind of|kinda|a little|little|bit|a bit|slightly|all) ){0,3}(?:blue|bluish|purple|gray|grey)\b`,
      r`\b(?:inhaler|albuterol|nebulizer|neb|ventolin|proair|puffer)${S(40)}\b(?:isn'?t|not|doesn'?t|does not|dont|don'?t|is not|didn'?t|did not|no longer|aren'?t) (?:helping|help|working|work|doing (?:anything|nothing|nothin)|do (?:anything|nothing|nothin)|touching it|touch it|cutting it)`,
      r`\b(?:can'?t|cannot|unable to|not able to) (?:talk|speak|say) (?:in )?(?:(?:full|whole|a full|a whole|complete) )?(?:sentences?|words)\b`,
      r`\bgrunt\w*${S(30)}\bbreath\w*|\bnostrils? (?:are |is )?flar\w*|\bribs? (?:are |is )?(?:sucking|pulling|caving|showing)\b|\bretract\w*|\bse le hunden las costillas\b`,
      r`\bthrough a (?:\w+ )?straw\b`,
      r`\b(?:can |could )?only (?:say|get|get out|speak|manage|talk in) (?:out )?(?:like |about |maybe )?(?:[1-4]|one|two|three|four|a (?:few|couple(?: of)?)) words\b`,
      r`\b(?:pulse ?ox\w*|oximeter|oxygen(?: level| sat\w*)?|o2(?: sat\w*)?|sats|sat (?:is|was|at|of|down to|dropped to)|saturation|spo2|saturacion|oxigeno)\b${S(20)}\b(?<![\d.])(?<k>[4-7]\d|8[0-8])\b(?! ?(?:years?|yo|bpm|mg|lbs?|pounds|\/|over|minutes|mins))`,
      // A rescue inhaler used again and again within hours.
      r`\b(?:inhaler|albuterol|ventolin|proair|puffer|nebuli[sz]er|neb)\b${A(80)}\b(?:used|using|took|taken|puffed|done) (?:it |them |my inhaler )?(?:like |about |maybe |over )?(?:[5-9]|1\d|five|six|seven|eight|nine|ten|twelve) times\b|\b(?:used|using|took|taken) (?:it |them |my (?:\w+ )?)?(?:like |about |maybe |over )?(?:[5-9]|1\d|five|six|seven|eight|nine|ten|twelve) times${S(40)}\b(?:since|in the last|tonight|this morning|today)\b`,
      r`\brespira (?:muy )?(?:despacio|despacito|lento|lentito)\b`,
      r`\b(?:hard|difficult|trouble|hard time) (?:to )?(?:take|get|catch|taking|getting) (?:air|a breath|breath|my breath)\b`,
      r`\b(?:pink|bloody) (?:foamy|frothy|foam|froth)|\b(?:foamy|frothy) (?:pink|bloody)\b|\bespuma rosada\b`,
      r`\bno (?:puede|puedo|podia) (?:decir|hablar|terminar) (?:una )?(?:frase|oracion) (?:entera|completa)|\b(?:saturometro|oximetro)${S(20)}\b(?<![\d.])(?:[4-7]\d|8[0-8])\b`,
      r`\b(?:noise|noisy|squeak\w*|whistl\w*|high[- ]pitched)\b${S(30)}\b(?:breath\w* in|inhal\w*)|\bcough\w* like (?:a )?(?:dog|seal)\b|\bbark\w* cough\b${A(100)}\b(?:face|lips|tongue|swell\w*|swollen|hives)`,
      r`\b(?:choking|choked|is choking)\b(?! up)|\bsomething (?:stuck|caught) in (?:his|her|my|their) (?:throat|windpipe)\b|\batragant\w*`,
      r`\bno (?:puedo|puede|podia|podemos|pueden) respirar\b`,
      r`\b(?:me|le|nos) (?:falta|cuesta) (?:el |mucho )?(?:aire|respirar|respiracion)\b`,
      r`\bfalta de (?:aire|respiracion)\b`,
      r`\bdificultad (?:para|al) respirar\b`,
      r`\bno respira\b|\brespira (?:como )?(?:con (?:un |mucho )?(?:ruido|dificultad|silbido|chiflido)|muy (?:rapido|feo))`,
      r`\b(?:me ahogo|se ahoga|ahogandose|ahogandome)\b`,
      r`\blabios (?:\w+ )?(?:morados|azules|violetas?)\b|\b(?:morad\w*|azul\w*) (?:los|sus|mis) labios\b`,
    ],
    notBefore: r`\b(?:a (?:little|bit|tad)|little|slightly|somewhat|mildly|kind of|kinda|occasionally|sometimes) |\b(?:sometimes|occasionally|at times|now and then) (?:i |he |she )?(?:get|gets|feel|feels|am|is|have|has|become|becomes) (?:a (?:little|bit) )?`,
    notAfter: r` (?:through|out of|thru) (?:my|his|her|the|it|one|either)\b|\W*(?:sometimes|at times|occasionally|when (?:i|he|she) (?:walk|climb|exercise|run|go up|goes up|lie|think|see|look at|open)|with exertion|on exertion|going up|climbing|only (?:when|with|on|if)\b|walking (?:to|up|around|across|more than)|(?:for|over) (?:the past |the last )?(?:\d+|a few|several|two|three|four|five) (?:days|weeks))`,
    notNear: r`\b(?:snor\w*|sleep apnea|apnea|cpap|bipap|ronca\w*)\b|\bbreathe a word\b`,
  },
  {
    id: 'pulmonary-embolism',
    description:
      'A swollen calf, or a recent operation, birth or long trip, then sudden breathlessness, chest pain or blood coughed up',
    patterns: [
      r`\b(?:calf|leg)\b${S(40)}\b(?:swollen|swelling|sore|hot|red|tender|hurts?|painful|huge)${A(200)}\b(?<k>short(?:ness)? of breath|(?:can'?t|couldn'?t|cannot) (?:catch|get) (?:my|his|her) breath|out of breath|chest pain|(?:sharp )?pain (?:when|as) (?:i|he|she) breathe|cough\w* (?:up )?(?:\w+ ){0,3}(?:blood|pink))`,
      r`\b(?:short(?:ness)? of breath|(?:can'?t|couldn'?t|cannot) (?:catch|get) (?:my|his|her) breath|chest pain|cough\w* (?:up )?(?:\w+ ){0,3}blood)${A(200)}\b(?<k>(?:calf|leg)\b${S(40)}\b(?:swollen|swelling|sore|hot|red|tender|huge))`,
      r`\b(?:pantorrilla|pierna)\b${S(40)}\b(?:hinchad\w*|inflamad\w*|caliente|roja|duele)${A(200)}\b(?<k>(?:me |le )?falta (?:el )?aire|no (?:puedo|puede) respirar|dolor (?:en el|de) pecho|tos\w* (?:con )?sangre)`,
    ],
  },
  {
    id: 'stroke',
    description: 'Stroke signs: face droop, slurred speech, one-sided weakness, sudden vision loss or confusion',
    patterns: [
      r`\b(?:face|facial|mouth|smile|lips?|eyelid)s?\b(?: (?:is|was|looks|looked|started|seems|went|has gone|kind of|kinda|a little|all|only|on one side))*\s?(?:droop\w*|crooked|lopsided|uneven|sagging|hanging|fall\w*|fell|goes up|went|pulling)\b(?:${S(20)}\b(?:one side|left|right))?`,
      r`\b(?:droop\w*) (?:face|mouth|smile|on one side|on the (?:left|right))|\bfacial droop`,
      r`\b(?:slurr\w*|garbled|jumbled) (?:speech|words|talking|voice)\b|\bslurr(?:ing|ed|s|y)\b|\b(?:sound|sounds|sounded|sounding|talk|talks|talking) (?:\w+ )?(?:drunk|slurry|thick-tongued|mushy)\b`,
      // An arm, hand, leg or face both numb and heavy (or weak and limp), even if it came back (a TIA).
      r`\b(?:arm|hand|leg|foot|face)\b${S(15)}\b(?:went|goes|going|got|is|was|feels?|felt|turned) (?:all )?(?:numb|weak|dead|tingly) (?:and|&|n) (?:\w+ )?(?:heavy|limp|useless|dead|floppy)\b|\b(?:arm|hand|leg|foot|face)\b${S(15)}\b(?:went|goes|going|got|is|was|feels?|felt|turned) (?:all )?(?:heavy|limp|useless) (?:and|&|n) (?:\w+ )?(?:numb|weak|dead|tingly)\b|\b(?:mano|brazo|pierna|cara)\b${S(20)}\b(?:dormid[oa]|entumid[oa]|adormecid[oa]|debil) y (?:muy )?(?:pesad[oa]|sin fuerza)`,
      r`\b(?:speech|words|talking|voice) (?:(?:is|are|was|were|sounds?|coming out|come out|came out|all) )*(?:slurr\w*|garbled|jumbled|funny|weird|wrong|strange|all wrong|mixed|scrambled|like (?:\w+ )?(?:soup|mush|oatmeal|gibberish|nonsense|marbles)|mush\w*|gibberish|nonsense)`,
      r`\b(?:speak|speaks|spoke|speaking|start(?:ed|s)? to speak|talk|talks|talked) (?:so |very |really |all )?(?:strange|strangely|weird|weirdly|funny|wrong|different|oddly)\b`,
      r`\bface\b${S(30)}\b(?:not the same|different|uneven|lopsided|not even|off)\b${S(20)}\b(?:one side|on (?:the )?(?:left|right))`,
      r`\b(?:left|right|one) (?:leg|arm|knee)\b (?:just |suddenly |completely )?(?:gave out|gave way|quit on (?:me|him|her)|stopped working|went dead)\b`,
      r`\bcan'?t (?:get (?:the|my|his|her) words out|find (?:the|my|his|her) words|speak right|talk right)`,
      r`\btalking (?:funny|weird|strange|gibberish|nonsense|like (?:he|she|they)(?:'?s| is| was| were)? (?:drunk|intoxicated))\b`,
      r`\b(?:speak|speaks|talk|talks|talking|speaking|words)\b${S(20)}\b(?:no sense|not making sense|don'?t make sense|doesn'?t make sense|nonsense)\b`,
      r`\b(?:one|left|right) side (?:of (?:my|his|her|the) (?:body|face) )?(?:is |went |feels? |felt |has gone |got )?(?:weak|numb|limp|paraly\w*|dead|heavy|droop\w*)`,
      r`\b(?:weak\w*|numb\w*|tingl\w*|paraly\w*|heavi\w*)${S(20)}\b(?:one|left|right) side\b|\b(?:left|right|one)[- ]sided (?:weakness|numbness|paralysis)`,
      r`\b(?:left|right) (?:arm|leg|hand|foot)\b(?: (?:and|&) (?:\w+ )?(?:arm|leg|hand|foot))?${S(12)}\b(?:(?:is|are|went|feels?|felt|got|has gone|keeps?|so|very) )*(?:weak|numb|heavy|limp|dead|clumsy|paraly\w*|useless|dropping)`,
      r`\bdropping things with (?:my|his|her) (?:left|right) hand\b`,
      r`\b(?:saying|using|said|says|mixing up|getting) (?:all )?(?:the )?wrong words\b|\bwords (?:are |were )?(?:coming out |came out )?(?:all )?(?:wrong|mixed up|backwards|scrambled)\b|\b(?:talking|talks|speech (?:is|was|sounds)|sounds) thick\b`,
      r`\b(?:face|cara)\b${S(20)}\b(?:asleep|numb|dead|dormida|entumida)\b (?:on|de) (?:one|un) (?:side|lado)\b|\b(?:talks?|speaks?|talking|speaking|habla)\b${S(15)}\b(?:sounds?|comes? out|came out|coming out|suena)\b (?:all )?(?:wrong|funny|weird|strange|garbled|raro|mal)\b|\bwords (?:are |were )?coming (?:out )?(?:strange|weird|wrong|funny)\b`,
      r`\b(?:right|left) (?:hand|arm|leg|foot|side)\b (?:is |has )?(?:not|isn'?t|won'?t|doesn'?t|stopped|quit) (?:\w+ )?(?:work|working|move|moving|grip\w*)\b|\bno (?:puede|puedo|podia) mover bien (?:la|el|su|mi) (?:pierna|brazo|mano)\b|\bse (?:le|me) cae (?:la comida|el agua|la bebida|la saliva|el cafe)${S(30)}\b(?:boca|un lado)\b|\bpalabras (?:enredadas|raras|trabadas|sin sentido|revueltas)\b|\bno (?:encuentra|encuentro|le salen|me salen) las palabras\b|\bse (?:le|me) cae (?:el|la|los|las) \w+ de la mano (?:izquierda|derecha)\b|\bsin poder hablar\b|\b(?:la mitad del|medio) cuerpo (?:dormid[oa]|entumid[oa]|paralizad[oa]|sin fuerza)\b|\b(?:boca|cara) como (?:chueca|torcida|caida|de lado)\b`,
      r`\b(?:weak|numb|heavy|dead|clumsy)\w* (?:on )?the same side\b|\b(?:dragging|drags|dragged|had to drag) (?:his|her|my|their) (?:left |right )?(?:leg|foot)${A(150)}\b(?:arm|hand|face|speech|talk\w*|words|mouth)\b`,
      r`\b(?:half|one side of|the (?:left|right) side of) (?:my|his|her|their|the) (?:face|mouth)\b (?:is |isn'?t |is not |won'?t |doesn'?t |does not |not |went |has gone |feels |looks |kind of |just )*(?:moving|move|working|work|numb|frozen|dead|paraly\w*|droop\w*|slack|sagging|hanging|down)\b`,
      r`\b(?:acting|seems|seemed|looks|looked|sounds|sounded|talking|walking|acts) (?:\w+ )?(?:like (?:he|she|they)(?:'?s| is| was| were| had been) )?(?:drunk|intoxicated|tipsy)\b${S(60)}\b(?:(?:doesn'?t|does not|don'?t|never|hasn'?t|has not|didn'?t|did not|hadn'?t|had not) (?:\w+ )?(?:drink|drank|had (?:a|any|anything)|touch\w*)|sober)`,
      r`\b(?:can'?t|cannot|couldn'?t|unable to) (?:lift|move|raise|feel|use) (?:my|his|her|their|the) (?:(?:left|right) (?:arm|leg|hand|side)|(?:left|right|one) side of (?:my|his|her) (?:face|body)|arm, the (?:left|right))`,
      r`\b(?:sudden\w*|all of a sudden|out of nowhere)${S(30)}\b(?:can'?t see|lost (?:my |his |her |the )?vision|vision loss|went blind|blind in|confus\w*|can'?t (?:talk|speak|walk|move (?:my|his|her) (?:arm|leg)))`,
      r`\b(?:lost|loss of|losing) (?:the )?vision\b|\bvision loss\b`,
      r`\b(?:eye|vision)\b${S(30)}\b(?:went|going|gone|is|turned) (?:completely |totally |all )?(?:dark|black|blind|gray|grey)\b|\bcurtain (?:came|coming|come|fell|falling|over|down)`,
      r`\bdouble vision\b${S(60)}\b(?:can'?t walk|walk straight|slurr\w*|droop\w*|numb\w*|weak\w*|spinning|dizz\w*|${VOMIT}|nowhere|sudden\w*)|\b(?:sudden\w*|nowhere)${S(40)}double vision`,
      r`\bstroke\b`,
      r`\b(?:cara|boca|sonrisa) (?:esta |se ve |se puso |)(?:caida|torcida|chueca|ladeada|dormida|colgada)`,
      r`\bse (?:me|le) (?:cayo|torcio|durmio|cae|paralizo) (?:la cara|la boca|un lado|el lado|medio cuerpo|la mitad)`,
      r`\b(?:lado (?:izquierdo|derecho)|un lado) de (?:la|su|mi) (?:boca|cara)\b`,
      r`\b(?:habla|hablando|hablaba) (?:raro|arrastrad\w*|enredad\w*|trabad\w*|mocho|chistoso|incoherente)|\barrastr\w* (?:las )?palabras\b|\bno se (?:le|me) entiende\b`,
      r`\bno (?:puede|podia|puedo) hablar\b`,
      r`\b(?:de repente|repentinamente|de la nada|derrepente|de golpe)${S(40)}\bno (?:puede|podia|puedo|pudo) (?:mover|levantar|sentir|usar) (?:el|la|su|mi) (?:brazo|pierna|mano|cara|lado)|\bno (?:puede|puedo|podia|pudo) (?:mover|levantar) (?:el|la|su|mi) (?:brazo|pierna|mano) (?:derech|izquierd)\w*|\b(?:de repente|repentinamente|de la nada|derrepente)${S(40)}\bno (?:habla|puede hablar|hablaba) bien\b`,
      r`\bno (?:ve|veo) (?:bien )?(?:de|por|con) un ojo\b`,
      r`\b(?:un lado|lado izquierdo|lado derecho|medio cuerpo|brazo y pierna)(?: del cuerpo)? (?:esta |se siente |se le |)(?:dormido|entumid\w*|sin fuerza|paralizad\w*|debil|adormecid\w*)`,
      r`\b(?:derrame(?: cerebral)?|embolia|ataque cerebral|accidente cerebrovascular)\b`,
    ],
    notBefore: r`\b(?:heat|sun|back|breast|swim|swimming|golf|brush|master|key|pen|finishing|single) `,
  },
  {
    id: 'suicidal-thoughts',
    description: 'Suicidal thoughts, plans or self-harm',
    patterns: [
      r`\bsuicid\w*`,
      // A farewell note, or giving belongings away, is a warning sign even without the words.
      r`\b(?:goodbye|good-bye|farewell|good bye) (?:note|letter|message|text)|\b(?:note|letter|message|text)\b${S(40)}\b(?:saying|says|said|that says|to say) (?:goodbye|good-bye|good bye|sorry for everything)|\bnota de despedida|\bcarta de despedida`,
      r`\bgiv(?:ing|en|e) away (?:all )?(?:my|his|her|their) (?:things|stuff|belongings|possessions)|\b(?:regalando|regalo) (?:todas )?sus cosas`,
      r`\b(?:kill|killing|hurt|hurting|harm|harming|end|ending|off) (?:myself|my self|herself|himself|themselves|my own life|my life)\b`,
      r`\b(?:take|taking|end|ending|finish|finishing) (?:my|his|her|their) (?:own )?life\b`,
      r`\b(?:want|wants|wanna|wanted|wanting|going|gonna|ready|plan\w*) to die\b(?!${S(40)}\b(?:when (?:(?:my|his|her|their|the) time comes|it'?s (?:my|his|her|their) time)|of old age|cuando (?:le|me) llegue (?:la|su|mi) hora))`,
      r`\b(?:don'?t|do not|dont|doesn'?t|no longer|didn'?t) (?:want|wanna|wish) to (?:live(?! (?:in|at|near|there|here|alone|far|together|on|by|next|with (?:my|his|her|their|a|an|the|our) (?:\w+ )?(?:mom|mother|dad|father|parents|roommates?|family|boyfriend|girlfriend|husband|wife|partner|sister|brother|son|daughter|ex|kids|in-laws))\b)|be alive|be here|wake up|exist|go on(?! (?:a|an|the|this|that|it|them|my|any|meds|medication|vacation|with|to)\b))`,
      r`\bnot (?:want(?:ing)? )?to (?:be here|wake up|exist|be alive) anymore\b`,
      r`\b(?:just |to |and |would )(?:not|never) wake up\b`,
      r`\bno (?:reason|point) (?:to|in) (?:live|living|going on|being alive)\b|\b(?:don'?t|do not|can'?t) see (?:the|any) point (?:of|in) (?:any of this|anything|living|life|going on)`,
      r`\bbetter off (?:dead|without me|if i (?:was|were) gone)\b`,
      r`\bend (?:it all|everything|things)\b`,
      r`\bself[- ]?harm\w*`,
      r`\bcutting (?:myself|again)\b|\bcut myself\b(?! (?:shaving|cooking|on|with (?:a|the)|while|by accident|accidentally|chopping))|\bfresh cuts\b`,
      r`\b(?:overdose|od) on purpose\b`,
      r`\b(?:no longer|don'?t|do not|not) feel(?:ing)? safe (?:with|around|by) (?:myself|my self)|\b(?:scared|afraid) of (?:myself|what i (?:might|will|could) do to myself)`,
      r`\b(?:thoughts?|thinking|think|thought) (?:of|about|to) ['"]?(?:driving|jumping|crashing|hanging|shooting|drowning|overdos\w*|finish\w*|ending)\b`,
      r`\b(?:doesn'?t|does not|don'?t|do not|can'?t) see the point (?:anymore|any more)\b${A(200)}\b(?:sorry for everything|goodbye|not answering|won'?t answer)`,
      r`\bjump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|building|roof|parking|garage|overpass|balcony|cliff)`,
      r`\b(?:suicide|goodbye|farewell) (?:note|letter)|\bcarta de despedida\b|\b(?:gave|giving|given) away (?:all )?(?:of )?my (?:things|stuff|belongings)|\bregal\w* (?:todas )?mis cosas\b`,
      r`\b(?:decided|know) (?:that )?(?:i am|i'?m) done\b`,
      r`\bhow many\b${S(40)}\bto (?:not wake up|die|kill (?:me|myself)|end it|be fatal|be lethal)`,
      r`\b(?:saving|stockpil\w*|hoard\w*|collect\w*) (?:up )?(?:my |his |her |\w+'?s )?(?:pills|meds|medications?)\b|\bplanning (?:on|to) take (?:all|them all|every)`,
      // A plan to take a whole supply at once, or a supply being saved for it.
      r`\b(?:thinking|thought|think|planning|plan|going|gonna|decided|ready|pensando|pienso|planeando|voy|va|quiero)\b (?:of |about |on |to |en |a )?(?:taking|take|swallow\w*|tomar\w*|tragar\w*) (?:them all|all of them|all (?:of )?(?:my|his|her|the|these|those) (?:\w+ )?(?:pills|meds|medications?|tablets)|all (?:of )?(?:my|his|her) \w+ (?:tonight|at once|at one time|in one go)|(?:\w+ )?all at once|todas|todos|todas (?:las|mis) (?:pastillas|pildoras|medicinas)|(?:las|mis) pastillas juntas)\b`,
      r`\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*|guardando|juntando) (?:up )?(?:all )?(?:my |his |her |mis |sus |las )?(?!(?:my|his|her|mis|sus|las|all|up|money|cash|pto|vacation|time|days|sick|points|miles|paychecks?|energy|strength|leave|allowance|for|to|dinero|vacaciones|tiempo|para)\b)\w+${A(120)}\b(?:tonight is the night|tonight'?s the night|all at once|take (?:them )?all|end it|say goodbye|wanted (?:someone|somebody|you) to know|todas juntas|de una vez)\b`,
      r`\b(?:(?:saved|stashed|stockpiled|hoarded|collected|put aside|set aside) (?:up )?enough|enough (?:\w+ )?(?:pills|meds|tablets|medication|pastillas) (?:saved|stashed|stockpiled|hoarded|put aside|set aside|to (?:end|die|not wake|do it|kill))|(?:tengo|junte|guarde) (?:suficientes|bastantes) (?:pastillas|pildoras|medicinas))\b`,
      r`\b(?:(?:want|wanna|wish|going) to (?:just )?(?:disappear|vanish|sleep) (?:forever|for good|and never wake)|(?:quiero|quisiera|me quiero) (?:desaparecer|dormir) (?:para siempre|y no despertar)|desaparecer para siempre|dormir para siempre)`,
      r`\bvoices?\b${S(40)}\b(?:tell\w*|told|say\w*|said|want\w*|order\w*|command\w*) (?:me|him|her|them) to (?:kill|hurt|harm|cut|end) (?:myself|himself|herself|themselves|my self)\b|\bvoces\b${S(40)}\b(?:dicen|dijeron|piden) que me (?:mate|lastime|haga dano)`,
      r`\b(?:have|got|keep|kept|i'?ve got) (?:the |my |all (?:the |my )?)?(?:pills|meds|tablets|pastillas) (?:saved|stashed|stockpiled|hidden|ready|hoarded|lined up|counted out)\b|\b(?:counted|lined) (?:them|the pills|my pills|all the pills) (?:out|up)\b|\btengo (?:guardadas|escondidas|juntadas|listas) (?:las|mis|unas) (?:pastillas|pildoras|medicinas)|\bme las (?:voy a )?tom\w* todas\b|\btomarmelas todas\b|\b(?:hoy|esta noche|ahorita|ya) me las voy a tomar\b|\bme las voy a tomar (?:todas|hoy|esta noche)\b`,
      r`\b(?:putting|put|set(?:ting)?|squirrel\w*) (?:aside|away) (?:some of )?(?:my|his|her|the) \w+${A(150)}\b(?:take (?:it|them) all|all at once|tonight|end it|easy)\b`,
      r`\b(?:take|taking|swallow\w*) (?:it|them) all (?:tonight|at once|after|when|and)\b`,
      r`\bmake (?:it all|everything|it|the pain) stop\b`,
      r`\bi (?:have|'ve got|got) a plan\b${A(100)}\b(?:pills|gun|rope|bridge|tonight|someone to know|goodbye|police)\b`,
      r`\bhow many\b${S(40)}\bit (?:would|will|'?d) take\b(?! to (?:work|help|kick in|feel|notice|see|get|start))`,
      r`\b(?:wanted|want|wanting|just want) (?:everything|it all|all of it) to (?:stop|end|be over)\b`,
      r`\b(?:(?:won'?t|will not|wont) be a burden (?:\w+ ){0,3}(?:much longer|for long|anymore|any more|soon)|(?:tonight|today) (?:is|will be) the (?:end|night)\b(?! of))`,
      r`\b(?:go(?:ing)? to |just |fall a|)sleep forever\b|\bsleep and never wake up\b`,
      r`\b(?:started |been |i'?m |i am )?planning (?:out )?how (?:i'?d|i would|i'?ll|i will|to) do it\b`,
      r`\b(?:garaje|cochera)${S(40)}\b(?:motor|carro|coche|auto) (?:prendido|encendido|andando)|\b(?:carro|coche|motor|auto) (?:prendido|encendido) en (?:el|la) (?:garaje|cochera)`,
      r`\b(?:sitting|sat|sit) in (?:the|a|my) (?:closed )?garage${S(40)}\b(?:car|engine|truck|motor) (?:running|on)\b|\b(?:car|engine|truck) running in (?:the|a) (?:closed |shut )?garage\b`,
      r`\b(?:i'?m|i am|feel|feeling) not safe (?:tonight|right now|with myself|alone tonight)\b|\b(?:don'?t|do not|dont) feel safe (?:tonight|right now|with myself)\b|\bno estoy a salvo\b|\bno me siento segur[oa] (?:conmigo|esta noche)`,
      r`\b(?:quitarme|quitarse|quitar) la vida\b`,
      r`\b(?:matarme|matarse|me (?:quiero|voy a) matar|se (?:quiere|va a) matar|(?:quiero|quiere) matarse)\b`,
      r`\b(?:quiero|quiere|quisiera|deseo|ganas de) (?:morir|morirme|morirse)\b`,
      r`\bno (?:quiero|quiere) (?:vivir|seguir viviendo|despertar|seguir aqui|estar aqui)\b|\bno (?:volver a )?despertar(?:me)?\b`,
      r`\b(?:hacerme dano|me quiero hacer dano|cortarme|se corta)\b`,
      r`\bestarian mejor sin mi\b`,
      r`\bacabar con (?:todo|mi vida)\b`,
      // A plan with a date, or a wish that one person not be the one to find them.
      r`\b(?:have|got|made|i'?ve got|there'?s|there is) (?:a|the|my) plan (?:and|with) (?:a|the) (?:date|day|time|way|method)\b|\b(?:picked|chose|chosen|set) (?:out )?(?:a|the) (?:date|day) (?:to|for) (?:do it|die|end)|\b(?:tengo|ya tengo) (?:un|el) plan y (?:una|la) fecha\b`,
      r`\b(?:don'?t|do not|dont) want (?:my|the|our|his|her) (?:\w+ )?(?:mom|mother|dad|father|kids?|children|wife|husband|son|daughter|family|partner|sister|brother|roommate|parents) to (?:be the (?:one|ones) (?:to|who) )?find (?:me|my body)\b|\bfind my body\b|\b(?:not|never) (?:be )?the (?:one|ones|person) (?:who|that|to) (?:finds?|comes? across) (?:me|my body)\b|\bno (?:quiero|quisiera) que (?:mi|mis) \w+ (?:me encuentre|me encuentren|encuentre mi cuerpo)`,
      // Two warning signs together: farewell letters, a weapon made ready, pets or things given away, a wish for it all to be over.
      r`\b${SUICIDE_CUE}${A(250)}\b${SUICIDE_CUE}`,
    ],
    notAfter: r`\W*(?:prevention|awareness|hotline|training|risk|screening)\b`,
  },
  {
    id: 'homicidal-thoughts',
    description: 'Thoughts of killing or hurting someone else, or fear of acting on thoughts of harm',
    patterns: [
      r`\b(?:scared|afraid|worried|terrified|fear\w*|frightened)\b (?:that |of )?(?:i'?ll |i will |i might |i could |i'?m going to |i may |i would )?(?:act|acting) on (?:them|it|these thoughts|those thoughts|the thoughts|my thoughts)\b|\bmiedo (?:de )?(?:que )?(?:hacerle|hacerles|le haga|les haga) dano\b`,
      r`\bhomicid\w*`,
      r`\b(?:held|put|pressed|holding|hold) (?:a |the )?pillow over (?:her|his|their|the baby'?s|my \w+'?s) face\b|\b(?:scared|afraid|worried|terrified) (?:that )?i'?(?:ll| will| might| could) (?:do it|hurt (?:her|him|them|the baby)) (?:for real|again|tonight)`,
      r`\b(?:put|putting) (?:him|her|them|that \w+) (?:in|into) (?:the|a) (?:ground|grave)\b|\b(?:pistola|arma|gun|rifle|cuchillo|machete)\b${A(100)}\b(?:arreglar las cosas|vengar\w*|settle (?:things|it|the score)|get even)|\b(?:buscar|ir por|ir a buscar) a (?:su |mi )?\w+ (?:\w+ )?con (?:la|una|el|un) (?:pistola|arma|cuchillo|machete|rifle)\b`,
      r`\b(?:me dijo|dijo|amenaz\w*|dice) que (?:\w+ ){0,6}(?:me|nos) (?:va a|iba a|vamos a) matar\b|\b(?:choked|strangled) (?:me|her|him)\b|\b(?:me|la|le) (?:apreto|ahorco|agarro) (?:el|del) cuello\b`,
      r`\bhearing (?:\w+ ){0,3}(?:that )?i should (?:kill|hurt|drown|smother|harm|suffocate)|\b(?:thoughts?|urges?|voices?) (?:of|to|telling me to) (?:drown|smother|suffocate|shake)\w* (?:him|her|the baby|my baby)\b`,
      r`\b(?:gun|rifle|shotgun|pistol|knife)\b${A(150)}\b(?:know (?:what time|when|where) (?:he|she|they)|pay for (?:what|this))|\b(?:pay for (?:what|this) (?:he|she|they) did|know (?:what time|when|where) (?:he|she|they) (?:leaves?|gets? off|parks?|lives?))${A(150)}\b(?:gun|rifle|shotgun|pistol|knife)\b`,
      r`\bvoces\b${S(40)}\b(?:le |me )?(?:ordenan|mandan|dicen|piden)${S(10)}\b(?:hacerle dano|matar|lastimar|atacar)`,
      r`\bplanning (?:out )?how (?:i'?d|i would|i will|i'?ll|to) do it\b${A(120)}\b(?:(?:his|her|their) (?:schedule|routine|address|house|car)|where (?:he|she|they) (?:parks?|lives?|works?))|\b(?:know|learned|watching|memori[sz]ed) (?:his|her|their) (?:schedule|routine)${A(120)}\b(?:do it|plan\w*|scares me)`,
      // A threat against the writer with a weapon or a time ("he says he's going to hurt me tonight").
      r`\b(?:he|she|they|husband|wife|boyfriend|girlfriend|partner|ex|son|daughter|dad|father|stepdad|brother|roommate)(?:'?s| is| keeps?| kept| has been| was| just)? (?:\w+ ){0,2}(?:saying|threaten\w*|said|says|swore|going|gonna|will|'?ll)\b(?: (?:that )?(?:he'?s|she'?s|he|she|they) (?:is |are |will |'?ll )?(?:going |gonna )?)? ?(?:to )?(?:kill|hurt|shoot|stab|strangle|choke|beat) (?:me|us)\b(?!${S(20)}\b(?:lol|haha|jk|if (?:i|we) (?:miss|forget|lose|don'?t)))${A(150)}\b(?<k>gun|knife|rifle|pistol|weapon|tonight|kids|choked|strangled|safe|scared|afraid|hiding|locked)\b`,
      r`\bvoices?\b${S(40)}\b(?:tell\w*|told|say\w*|said|want\w*|order\w*|command\w*) (?:me|him|her|them) to (?:kill|hurt|harm|stab|shoot|attack|poison) (?!(?:myself|himself|herself|themselves|my ?self)\b)(?:${PERSON_OBJ}|my \w+)|\bvoces\b${S(40)}\b(?:dicen|dijeron|piden) que (?:mate|lastime|ataque) a`,
      r`\b(?:i|he|she) (?:might|may|could|will|'?ll|am going to|is going to|really might) (?:actually |really )?(?:kill|hurt|stab|shoot|strangle|choke) (?:${PERSON_OBJ})(?: (?:tonight|today|if|when|soon|next))?\b(?!${S(20)}\b(?:if (?:they|he|she) (?:don'?t|doesn'?t) (?:stop|clean|call|pay)|lol|haha|jk|kidding))`,
      r`\b(?:want|wants|wanted|wanna|going|gonna|plan\w*|intends?|intending|urges?|thoughts?|thinking|fantasi[sz]\w*|afraid i (?:will|might)|threaten\w*|about|keeps? saying (?:he'?s|she'?s|he|she) (?:will|'?ll|is going))\b (?:to |of |about )?(?:kill|killing|hurt|hurting|harm|harming|shoot|shooting|stab|stabbing|poison|poisoning|hit|hitting|strangle|strangling|choke|choking|beat|beating|run|running)\b (?!(?:myself|herself|himself|themselves|my ?self)\b)(?:${PERSON_OBJ})`,
      r`\b(?:kill|killing|hurt|hurting|shoot|shooting|stab|stabbing|poison|poisoning|run|running) (?:${PERSON_OBJ}) (?:over|when|tonight|tomorrow|with)\b`,
      r`\bthreaten\w* ${S(30)}\bwith (?:a |the |his |her )?(?:\w+ )?(?:knife|gun|rifle|shotgun|pistol|hammer|bat|weapon|axe)\b`,
      r`\b(?:gun|rifle|shotgun|pistol|firearm|knife)\b${A(120)}\b(?:take care of|taking care of|get even|going after|teach \w+ a lesson|kill|shoot|finish it|(?:using|use|used) it on (?:him|her|them|someone|somebody|my \w+)|point(?:ed|ing)? it at (?:him|her|them))|\b(?:cuchillo|pistola|arma|knife|gun)\b${A(150)}\b(?:lo voy a hacer|voy a hacerlo|(?:i'?m|i am) going to do it|i'?ll do it (?:tonight|when)|cuando se duerma)|\b(?:kill|shoot)\b${S(60)}\b(?:gun|rifle|shotgun|pistol)\b`,
      r`\b(?:quiero|quiere|voy a|va a|ganas de|pensamientos de|amenaz\w*(?: con)?) (?:matar|lastimar|hacerle dano|hacer dano|apunalar|dispararle|disparar|golpear)(?:le|lo|la|los|las)? (?:a )?(?!mi mismo|si mism)`,
    ],
    // A dream about it that the writer disowns ("one was about hurting someone, I'd never do that").
    notBefore: r`\b(?:dreams?|dreamt|dreamed|nightmares?|suenos?|pesadillas?)\b${S(30)}|(?<!\b(?:que|dijo|dice)(?: \w+){0,6} )\b(?:me|nos|te) `,
    // "gonna kill my brother ... lol": the figure of speech, owned as a joke in the same sentence.
    notAfter: r`${S(80)}\b(?:lol|lmao|lmfao|haha\w*|jaja\w*)\b`,
  },
  {
    id: 'overdose',
    description: 'Overdose, too many pills, poisoning or toxic exposure',
    patterns: [
      r`\boverdos\w*`,
      // A child who swallowed someone's pills: poison control, whatever the drug.
      r`\b(?:baby|toddler|infant|son|daughter|kid|child|grandson|granddaughter|nephew|niece|(?:little|baby) (?:brother|sister|cousin)|\d+ ?-?(?:year|yr|month|mo)s?[- ]?old|\d+ ?y\/?o|hij[oa]|bebe|nin[oa]|hermanit[oa])\b${S(80)}\b(?:swallowed|ate|chewed|got into|trago|se trago|se comio|se tomo|tomo|se metio)\b (?:like |about |maybe |around |como )?(?:some|a few|several|one|two|three|four|a couple|a handful|a bunch|\d+|algunas|unas|varias|una|un|a|an) (?:of )?(?:\w+'?s |my |his |her |the |las |mis |sus )?(?:\w+ )?(?:pills?|meds|medicines?|tablets?|capsules?|gummies|pastillas|pildoras)\b`,
      r`\bod'?d\b`,
      r`\b(?:pill (?:organi[sz]er|box)|organi[sz]er|pastillero|(?:pill |medicine |his |her |the |\w+'?s )?bottle|slots?)\b${S(60)}\b(?:is |are |was )?(?:empty|all gone|vacio)\b${A(150)}\b(?<k>sleepy|drows\w*|pulse|heart|dizz\w*|confus\w*|${VOMIT}|droop\w*|drool\w*|faint\w*|won'?t wake|dormid\w*|mare\w*)|\b(?:\d+|many|half the|most of the) (?:tabs|tablets|pills|capsules|pastillas) (?:are |were )?missing\b`,
      r`\byellow (?:halos|vision|tint|rings)\b|\bhalos amarillos\b|\b(?:handfuls?|fistfuls?) of (?:\w+ )?(?:tylenol|pills|advil|aspirin|meds|tablets|xanax)\b`,
      r`\b(?:swallow\w*|ate|eaten|trago|se trago|se comio) (?:\S+ ){0,4}(?:battery|batteries|pila|pilas|pilitas?|magnets?|magnet balls|imanes?)\b`,
      r`\b(?:whole|entire|full) (?:week'?s?|month'?s?) (?:pill ?(?:organi[sz]er|box)|pills|meds|worth|supply)\b`,
      r`\b(?:gave|give|took|injected|shot) (?:myself|himself|herself) (?:my |his |her )?(?:\w+ ){0,2}(?:insulin|lantus|levemir|tresiba|humalog|novolog|dose|shot) (?:twice|two times|double)\b`,
      r`\b(?:muscles?|legs?|arms?|body)\b${S(20)}\b(?:jerking|twitching|jumping)\b${S(30)}\b(?:on (?:their|its) own|by (?:themselves|itself))${A(120)}\b(?<k>10[1-6]|fever|temp\w*|sweat\w*|agitat\w*)`,
      // Snake, scorpion and spider bites: venom, whatever the swelling looks like yet.
      r`\b(?:snake|rattlesnake|rattler|copperhead|cottonmouth|vibora|serpiente|culebra|cascabel|scorpion|alacran|black widow|viuda negra|brown recluse)\b${S(40)}\b(?:bit|bite|bitten|mordio|pico|stung|sting)|\b(?:bit|bitten|mordio|pico|stung) (?:\w+ ){0,4}(?:by )?(?:a |an |una |un )?(?:snake|rattlesnake|rattler|copperhead|cottonmouth|vibora|serpiente|culebra|cascabel|scorpion|alacran|black widow|viuda negra|brown recluse)\b`,
      r`\b(?:injected|shot|gave) (?:himself|herself|him|her|themselves) (?:\w+ ){0,4}(?:insulin|ozempic|pen)\b|\bgot into (?:\w+'?s |the |my |his |her )?insulin\b`,
      r`\b(?:took|swallowed|ate|taken|has taken|had) (?:the |a |her |his |my |their )?(?:whole |entire |full )?(?:week'?s?|month'?s?|days?'?s?|two weeks'?) (?:worth|supply) of\b`,
      r`\b(?:took|swallowed|ate|taken) all (?:of )?(?:my|his|her|their|the) (?:\w+ )?(?:pills|tablets|capsules|meds) (?:from|in|out of) (?:the|a|her|his|my) (?:new |whole )?(?:bottle|pack|box|container)\b`,
      r`\b(?:gave|give|given|injected|shot|took) (?:myself|himself|herself|themselves|him|her) (?:way |far |a lot |much )?too much\b`,
      r`\b(?:took|tome|me tome|se tomo|swallowed|ate)\b${S(80)}\b(?:by mistake|accidentally|by accident|por error|por equivocacion|sin querer)${A(150)}\b(?<k>heart (?:is |feels )?(?:slow|racing|pounding)|(?:corazon|pulso) (?:\w+ )?(?:lento|acelerado|despacio)|dizz\w*|mare\w*|faint\w*|desmay\w*|confus\w*|confundid\w*|sleepy|drows\w*|dormid\w*|${VOMIT}|can'?t (?:stay awake|think))`,
      r`\b(?:by mistake|accidentally|by accident|por error|por equivocacion|sin querer)${S(20)}\b(?:took|tome|me tome|se tomo|swallowed|ate)\b${A(150)}\b(?<k>heart (?:is |feels )?(?:slow|racing|pounding)|(?:corazon|pulso) (?:\w+ )?(?:lento|acelerado|despacio)|dizz\w*|mare\w*|faint\w*|desmay\w*|confus\w*|confundid\w*|sleepy|drows\w*|dormid\w*|${VOMIT}|can'?t (?:stay awake|think))`,
      r`\b(?:(?:took|taken|take|tome|tomo) (?:my |his |her |mis |sus )?(?:\w+ )?(?:pills|meds|medications?|doses?|pastillas|medicinas) (?:twice|double|two times|dos veces)|double(?:d)? (?:up )?(?:on )?(?:my |his |her )?(?:\w+ )?(?:pills|meds|dose)|(?:me|se) (?:las|los|la|lo) (?:volvi|volvio) a tomar|(?:tres|dos) veces (?:las|la|mis|sus) pastillas|doble dosis)${A(150)}\b(?<k>heart (?:is |feels )?(?:slow|racing|pounding)|(?:corazon|pulso) (?:\w+ )?(?:lento|acelerado|despacio)|dizz\w*|mare\w*|faint\w*|desmay\w*|confus\w*|confundid\w*|drows\w*|${VOMIT}|can'?t (?:stay awake|think))`,
      r`\b(?:se tomo|me tome|se trago|se acabo)\b (?:un|el|una|la|todo el|toda la) (?:frasco|bote|botella|caja|blister) (?:de|del)\b`,
      r`\b(?:se tomo|tomo|me tome|se trago|trago)\b${S(30)}\b(?:un|el|una|la) (?:frasco|bote|caja|botella|blister|paquete) (?:entero|entera|completo|completa)\b`,
      // A small child near someone's pills that are now missing, or eaten.
      r`\b(?:baby|toddler|infant|son|daughter|kid|child|grandson|granddaughter|\d+ ?-?(?:year|yr|month|mo)s?[- ]?old|\d+ ?y\/?o|hij[oa]|bebe|nin[oa])\b${A(150)}\b(?:found|got into|opened|into|playing with|got hold of|encontro|agarro)\b (?:\w+'?s? ){0,3}(?:pill ?(?:box|organi[sz]er|bottle|case)|pills?|meds|medicines?|medications?|tablets|gummies|pastillas|medicinas)${A(120)}\b(?<k>missing|gone|ate|eaten|swallow\w*|chew\w*|in (?:his|her) mouth|sleepy|drows\w*|faltan|se (?:las|lo|la) comio|dormid\w*)`,
      r`\b(?:took|take|taken|swallowed|ate|eaten|drank|has taken|have taken|had) (?:way )?(?:too many|to many|2 many|too much|a (?:whole|full|entire) (?:bottle|pack|box)|the (?:whole|entire) (?:bottle|pack|box)|all (?:of )?(?:my|his|her|the|their) (?:pills|meds|medications?|tablets)\b(?! (?:this|today|tonight|yesterday|as|like|on time|every|each|for|with|before|after|in the morning|at (?:bedtime|night|breakfast|dinner|lunch))\b))`,
      r`\b(?:took|swallowed|ate|drank|downed|got into|tome|se tomo|me tome|trago|se trago)\b${S(60)}\b(?:whole|entire|full|todo el|toda la) (?:new )?(?:bottle|pack|box|frasco|caja|botella)\b`,
      r`\b(?:took|taken|swallowed|ate|downed|popped|tome|tomo|me tome|se tomo|trago|se trago)\b${S(40)}\b(?:(?:like|about|around|maybe|almost|over|at least|probably|como|unas?|mas de|casi) )?(?:\d{2,3}|a dozen|dozens|ten|twelve|fifteen|twenty|thirty|forty|fifty|veinte|treinta|quince|diez|a lot|lots|tons|a bunch|handfuls?|un monton)(?:[-\u2013]\d+)? (?:of|de|extra[- ]strength|pills|tablets|capsules|pastillas|tabletas|pildoras|tylenol|advil|aleve|motrin|aspirin|excedrin|benadryl|ibuprofen|acetaminophen|paracetamol)\b`,
      r`\b(?:took|swallowed|downed|popped|ate|tome|me tome|se tomo|se trago) (?:all|the rest) (?:of )?(?:my|his|her|their|the|mis|sus|las|los) \w+${S(40)}\b(?:and (?:some|a bunch|a handful|a lot|all|half) of|all at once|at the same time|y (?:unas|algunas|varias|todas) (?:de )?)`,
      r`\bgot into (?:the |my |his |her |their |\w+'?s )?(?:\w+ )?(?:pill ?box|pills?|meds|medicines?|medications?|bottle|pill bottle|medicine cabinet|pill organi[sz]er|gummies)\b`,
      r`\b(?:ate|eaten|eat|swallow\w*|drank|drink|chew\w*|bit into|bite|licked|got into|in (?:his|her|their|my) mouth|breathed|inhaled|trago|se trago|se comio|tomo|bebio|mordio)\b${S(60)}\b${POISONS}\b`,
      r`\b${POISONS}${S(60)}\b(?:in (?:his|her|their|my) mouth|swallow\w*|drank|ate|bit|chew\w*|trago|se (?:la|lo) comio)\b`,
      r`\b(?:breathed|inhaled|breathing) (?:in )?(?:the |some |a lot of |toxic |chemical )?(?:fumes|gas|chemicals?)\b|\b(?:mixed|mix|mixing) (?:the )?(?:bleach|chlorine|ammonia)\b`,
      r`\bcarbon monoxide\b(?! (?:detector|alarm)s?\b)|\b(?:carbon monoxide|co) (?:detector|alarm)s? (?:went off|is going off|keeps going off|beeping|sounding)${A(120)}\b(?:head ?ach\w*|dizz\w*|nause\w*|${VOMIT}|sleepy|drows\w*|confus\w*)|\bmonoxido\b|\b(?:furnace|generator|heater|gas stove|exhaust)\b${A(120)}\b(?:head ?ach\w*|dizz\w*|nause\w*|${VOMIT}|faint\w*|confus\w*)|\b(?:head ?ach\w*|dizz\w*)\b${A(120)}\b(?:furnace|generator|space heater|exhaust)\b`,
      r`\bpupils (?:are |look )?(?:tiny|pinpoint|pinned)\b`,
      r`\bpoison(?:ed|ing|ous)\b`,
      r`\bpoison control\b(?! (?:number|phone|#|magnet|sticker))`,
      r`\bsobredosis\b`,
      r`\b(?:tomo|se tomo|me tome|trago|se trago|se comio|comio) (?:muchas|todas|un monton de|demasiadas|varias|el frasco de|la caja de) (?:las )?(?:pastillas|pildoras|medicinas|tabletas)`,
      r`\benvenen\w*`,
    ],
    notAfter: r` on (?:netflix|tv|coffee|sugar|candy|chocolate|shows|tiktok|youtube|reality tv|cake|cookies|work)\b|${S(40)}\b(?:said|says|told (?:us|me|them))\b${S(40)}\b(?:fine|okay|ok|nothing|no need|harmless|safe|non-?toxic)|${A(100)}\b(?:poison control|the nurse|the doctor|pediatrician|the er)\b (?:said|says|told (?:us|me))\b${S(40)}\b(?:fine|okay|ok|nothing|no need|harmless|safe|non-?toxic)`,
    // Food poisoning and poison ivy are not poisonings to escalate.
    notBefore: r`\b(?:food|ivy|oak|sumac) `,
  },
  {
    id: 'severe-bleeding',
    description: 'Bleeding that will not stop, vomiting or coughing blood, black stools, deep wounds',
    patterns: [
      r`\b(?:bleed\w*|blood|nosebleed|bloody nose)\b${S(50)}?\b(?:won'?t|wont|will not|doesn'?t|does not|isn'?t|is not|can'?t|cannot|hasn'?t|has not|haven'?t|didn'?t|did not|not) (?:\w+ )?(?:stop\w*|slow\w*|quit\w*|let up)`,
      r`\bcan'?t (?:get (?:it|the bleeding) to )?stop (?:the )?bleeding\b|\b(?:won'?t|wont|will not|doesn'?t|does not|isn'?t|is not) stop(?:ping)? bleeding\b`,
      r`\b(?:cut|cuts|gash\w*|wound|lacerat\w*|sliced|stabbed|corte|cortada|cortadura|herida)\b${S(80)}\b(?<k>spurt\w*|squirt\w*|pulsing|pumping out|pouring|gushing|(?:won'?t|wont|will not|doesn'?t|does not|isn'?t) (?:\w+ )?(?:stop\w*|quit\w*)|no (?:para|deja de|se detiene)|sale a chorros)`,
      r`\bbleed\w* (?:so |very |really )?(?:heavily|profusely|a lot|so much|really bad|badly|like crazy)\b`,
      r`\b(?:heavy|severe|lots of|a lot of|uncontrolled|profuse\w*|gushing|pouring|soaking|massive|tons of|large amount of|cupful of|a cup of|pool of|puddle of) (?:(?:bright red|dark|fresh) )?(?:bleeding|blood)\b`,
      r`\b(?:bleed\w*|blood)\b${S(40)}\b(?:spurt\w*|gush\w*|pour\w*|squirt\w*|pulsing)|\b(?:spurt\w*|gush\w*|squirt\w*) (?:out )?blood\b`,
      r`\b(?:vomit\w*|throwing up|threw up|puking|puked|cough\w*|spit\w*|spat) (?:up |out )?(?:(?:bright red|dark|some|lots of|a lot of|a bunch of|fresh|red|a cup of|clots of|mouthfuls of) )*blood\b|\bcoffee grounds?\b`,
      r`(?:\b(?:black|tarry|maroon)(?<!\b(?:pepto|bismuth|iron (?:pills?|supplements?|tablets?))[^]{0,80}\w)(?: and tarry| tarry|,? tar-like)? (?:stool|stools|poop|bowel movements?)\b|\b(?:stool|stools|poop|bm|bowel movements?)\b(?<!\b(?:pepto|bismuth|iron (?:pills?|supplements?|tablets?))[^]{0,80}\w)${S(25)}\b(?<k>black|tarry|like tar|maroon)\b)(?![^]{0,80}\b(?:pepto|bismuth|iron (?:pills?|supplements?|tablets?))\b)`,
      r`\b(?:bleeding|blood|soak\w*) (?:everywhere|all over|through (?:every |the |a |my |his |her |all the |\d+ |two |three |four |several |multiple |a few |both )?(?:towels?|dish ?towels?|paper towels?|bandages?|pads?|gauze|shirts?|t-?shirts?|clothes|rags?|cloths?|napkins?|dressings?))`,
      r`\bsoak\w* (?:through )?(?:a |the |one |\d+ )?(?:pads?|tampons?|towels?|bandages?) (?:an|every|each|per|in (?:an|under an)) (?:\d+(?:[-\u2013]\d+)? ?(?:min\w*)|hour|hr)`,
      r`\bsoak\w* (?:through )?(?:\d+|two|three|four|five|six|several|a few|multiple) (?:\w+ )?(?:pads?|tampons?|towels?|diapers?) (?:in|within|over|under) (?:(?:an?|one|\d+|two|three|a couple(?: of)?) )?(?:hours?|hrs?|min\w*)`,
      r`\b(?:nose ?bleed|bloody nose|(?:nose|cut|wound|gums?) (?:is |has been |keeps |kept |won'?t stop )?bleed\w*)${S(30)}\b(?:for )?(?:over |more than |almost |nearly |about |like |going on )?(?:an hour|a hour|\d+ (?:hours?|hrs?)|(?:30|40|45|50) min\w*|half an hour)\b`,
      r`\bclots? (?:the size of|as big as|bigger than|like) (?:a |an )?(?:golf ?balls?|lemons?|plums?|eggs?|baseballs?|fists?|oranges?)`,
      r`\bfill\w* (?:up )?with blood\b|\b(?:pee\w*|urin\w*)\b${S(20)}\b(?:blood|red)\b${S(20)}\bclots?\b`,
      r`\b(?:can|you can) see (?:the )?(?:bone|inside|fat|tendon)\b|\bbone (?:is )?(?:sticking|poking) out\b|\bse (?:me|le) ve el hueso\b`,
      r`\bsangrado (?:que no (?:para|se detiene)|abundante|fuerte|muy fuerte|mucho|grave)`,
      r`\b(?:sangr\w*|sangre)\b${S(50)}?\bno (?:para|paraba|se (?:detiene|quita|para)|deja|ha parado|se ha detenido)\b`,
      r`\b(?:sangra|sangrando|esta sangrando|sangro) (?:mucho|sin parar|y no para|demasiado)`,
      r`\bno (?:para|deja) de (?:sangrar|salir sangre)\b|\bmucha sangre\b|\bchorro de sangre\b`,
      r`\b(?:vomit\w*|tosiendo|tose|escupiendo|escupe|escupir|escupi|escupio) (?:\w+ )?sangre\b|\b(?:a|half a|media|una) (?:cup|taza|vaso) (?:of |de )?(?:blood|sangre)\b|\b(?:llene|filled) (?:\w+ ){0,2}(?:taza|cup|vaso)\b`,
      r`\b(?:popo|heces|excremento|evacuaciones?) negr\w*`,
      r`\b(?:sangre|sangra\w*)\b${S(30)}\b(?:a chorros|a borbotones|como (?:una )?(?:manguera|llave|fuente))|\bchorros de sangre\b`,
      // A cloth or bandage that keeps soaking through.
      r`\b(?:(?:keeps?|kept|still|is still) (?:soaking|bleeding) through|se (?:sigue|siguen|esta|estan) (?:empapando|llenando de sangre)|(?:ya )?(?:empap\w*) (?:de sangre|la (?:venda|playera|toalla|camisa|gasa)|el trapo))\b`,
    ],
    notAfter: r`\W*(?:at|from|during|for) (?:the |a )?(?:blood (?:drive|bank|donation)|donation)\b`,
  },
  {
    id: 'anaphylaxis',
    description: 'Throat, tongue or lip swelling; severe allergic reaction',
    patterns: [
      r`\b(?:throat|tongue|lips?|airway|garganta|lengua|labios?)\b${S(25)}?\b(?:swell\w*|swollen|puff\w*|closing|close up|clos\w* up|tight(?:ening)?|huge|hinch\w*|cerr\w*|inflamad\w*|apretad\w*)`,
      r`\b(?:swell\w*|swollen|puffy|hinchad\w*) (?:throat|tongue|lips?|airway|garganta|lengua|labios)\b`,
      r`\btongue (?:is |feels |got |looks )?(?:so |really |very |all )?(?:big|thick|fat|huge)\b|\b(?:face|lips?|eyes)\b${S(25)}\b(?:swell\w*|swollen)${A(80)}\b(?:hard|difficult|trouble|can'?t) (?:to )?swallow\w*`,
      r`\b(?:face|eyes|cara|ojos)\b${S(25)}?\b(?:swell\w*|swollen|puff\w*|hinch\w*)${A(100)}\b(?:allerg\w*|hives|welts|sting|stung|bee|wasp|ate|peanuts?|shellfish|shrimp|nuts?|reaction|hoarse|wheez\w*|abeja|picadura|pico|alergi\w*)|\b(?:allerg\w*|hives|sting|stung|bee|wasp|ate|peanuts?|shellfish|shrimp|reaction|abeja|picadura|pico|alergi\w*)\b${A(100)}\b(?:face|eyes|cara|ojos)\b${S(25)}?\b(?:swell\w*|swollen|puff\w*|hinch\w*)`,
      r`\banaphyla\w*`,
      r`\bcan'?t swallow\b(?! (?:pills?|tablets?|capsules?|the (?:pills?|tablets?)))`,
      r`\b(?:hives|welts|itch\w*|rash|tingl\w*|allerg\w*|reaction|stung|sting|peanuts?|shellfish|shrimp)\b${A(80)}\b(?:lump in (?:my |his |her )?throat|throat (?:feels )?(?:tight|thick|funny|closing)|wheez\w*|hoarse|trouble swallowing|hard to swallow|difficult to swallow|short(?:ness)? of breath|can'?t breathe(?! (?:through|out of|thru)))`,
      r`\b(?:used|use|gave|give|needed|need to use|had to use) (?:my|his|her|the|an|their) epi-?\s?pen\b`,
      r`\b(?:ronchas|roncha|sarpullido|comezon|alergi\w*|picadura|abeja)\b${A(120)}\b(?<k>silbido|chiflido|(?:le|me) cuesta respirar|no (?:puede|puedo) respirar|garganta (?:cerrada|apretada)|(?:ojos|cara|labios) (?:muy )?hinchad\w*)`,
      r`\b(?:severe|bad|serious|major) allergic reaction\b`,
      r`\bse (?:me|le) (?:hincho|hincharon|esta hinchando|estan hinchando|cierra|esta cerrando) (?:la|los|el|las) (?:garganta|lengua|cara|labios|boca)`,
      r`\banafila\w*`,
      r`\breaccion alergica (?:grave|fuerte|severa|muy fuerte)`,
    ],
    // A tight throat that comes with every talk or presentation is nerves, not an allergy.
    notAfter: r`${S(10)}\b(?:whenever|every time|each time|any ?time) (?:i|he|she) (?:have to |has to |get |gets |am |is )?(?:give|speak|talk|present|nervous|anxious|stressed|upset|cry)`,
  },
  {
    id: 'fainting-unresponsive',
    description: 'Fainting, loss of consciousness, unresponsive, seizure',
    patterns: [
      r`\b(?:passed|passes|passing|pass) out\b`,
      r`\bfaint(?:ed|ing|s)\b|\b(?:came|come|comes|coming|went) over (?:all |a bit |rather |quite |really )?(?:faint|woozy)\b|\b(?:room|everything|world)\b (?:\w+ )?(?:going|went|goes|turning|turned|go) (?:dim|dark|black|grey|gray)\b`,
      r`\bblack(?:ed|s|ing) out\b`,
      r`\b(?:dropped|went down|collapsed|fell|hit the (?:floor|ground|deck)) (?:to the (?:floor|ground) )?like a (?:rock|stone|sack|ton of bricks|tree)\b|\bcame (?:to|around) (?:in|after) (?:about |like |maybe )?(?:a|one|\d+|a few|a couple of) (?:min\w*|seconds?|secs?)\b`,
      r`\b(?:woke up|came to|came around|found myself|found (?:him|her)) (?:\w+ )?(?:on|in) (?:the )?(?:\w+ )?(?:floor|ground|pavement)\b(?! (?:mat|exercise))|\b(?:was|were|been) out (?:cold )?(?:for )?(?:about |like |maybe |around |almost )?(?:a|one|\d+|a few|a couple of) (?:min\w*|seconds?|secs?)\b`,
      r`\b(?:shaking|jerking|twitching|convulsing|seizing|shook|jerked|temblando|sacudiendose)\b (?:\w+ )?(?:on|in) (?:the )?(?:floor|ground|pavement|sidewalk|piso|suelo)\b`,
      r`\b(?:lost|losing|loses|loss of) consciousness\b`,
      r`\bunconscious\b`,
      r`\b(?:un|non|less|not|barely)[- ]?responsive\b`,
      r`\b(?:won'?t|will not|can'?t|cannot|couldn'?t|hard to|difficult to|impossible to|trouble|unable to) (?:wake (?:him|her|them)? ?up|be woken|wake (?:him|her|them)|get (?:him|her|them) to wake|rouse)\b(?! (?:in the morning|early|for school|on time))`,
      r`\b${WHO}\b (?:is |was )?(?:not|didn'?t|did not|doesn'?t|does not|don'?t|won'?t|isn'?t|wasn'?t|couldn'?t|can'?t|stopped) (?:respond\w*|answer\w*|react\w*)\b(?! (?:to )?(?:my|our|the|your|any) (?:messages?|calls?|texts?|emails?|voicemails?|phone|door))`,
      r`\bslump\w* (?:over|down)\b|\b(?:went|gone|go|goes|going|is|was) (?:all |completely )?(?:limp|floppy)\b|\bfloppy\b`,
      r`\bcollaps\w*`,
      r`\bseizur\w*`,
      r`\b(?:started|is|was|keeps?|still|been|has been|had been|kept) seizing\b|\bseizing (?:again|for|now|and|on)\b|\bwhole[- ]body (?:shaking|jerking|convuls\w*|seizure|stiff\w*)`,
      r`\bconvuls\w*`,
      // A fit described rather than named: the whole body shaking, then drowsy, confused or unresponsive.
      r`\b(?:shook|shaking|shake|shakes|jerk\w*|twitch\w*|stiff(?:ened)?|thrash\w*|flail\w*|temblaba|temblando|temblar|tiembla|sacudi\w*|tiesa?o?)\b (?:\w+ )?(?:all over|uncontrollabl\w*|violently|(?:his |her |my |the )?whole body|(?:his |her |the )?entire body|all (?:his|her|my|the) body|head to toe|arms and legs|todo el cuerpo|de todo el cuerpo|de pies a cabeza|sin control)\b${A(120)}\b(?<k>out of it|confus\w*|groggy|drows\w*|won'?t (?:wake|respond|answer)|(?:not|wasn'?t|isn'?t|didn'?t) (?:\w+ )?(?:respond\w*|answer\w*|wake)|foam\w*|eyes (?:rolled|rolling)|wet (?:him|her)self|peed (?:him|her)self|bit (?:his|her) tongue|(?:lips?|face) (?:\w+ )?(?:blue|purple)|\d+ (?:min\w*|minutes)|(?:a|two|three|several|few) minutes|no (?:responde|reacciona|despierta)|confundid\w*|como ido|espuma)`,
      r`\bbit (?:his|her|my|their) tongue\b|\beyes (?:rolled|rolling) back\b|\bojos (?:volteados|en blanco|para atras)\b|\b(?:echa\w* |con )?espuma (?:por|de|en) la boca\b|\bfoam\w* (?:at|from|in) the mouth\b|\b(?:jerking|twitching) (?:movements|all over|uncontrollabl\w*)`,
      r`\b(?:se|me) desmay\w*`,
      r`\bdesmayo\b`,
      r`\b(?:perdio|perdi|pierde) (?:el )?(?:conocimiento|sentido)\b`,
      r`\binconsciente\b`,
      r`\bno (?:responde|despierta|reacciona|contesta)\b`,
      r`\b(?:no|casi no) (?:lo|la|le|me|los) (?:puedo|podemos|pude) despertar\b`,
      r`\bconvulsi\w*`,
      r`\bataques? epileptic\w*`,
    ],
    notBefore: r`\b(?:always|usually|normally|tends? to|often) |\b(?:for|treat\w*|control\w*|prevent\w*|with) (?:my|his|her|their|the) |\b(?:porque|si no|or else|otherwise) (?:me |le |i'?ll |he'?ll |she'?ll )?(?:dan|da|get|have|will have)? ?(?:las |a |an )?`,
  },
  {
    id: 'infant-fever',
    description: 'Fever in a baby under three months',
    patterns: [
      r`(?:\b(?:newborn|new born|neonate|recien nacid\w*)|(?:\b(?:is|hes|he'?s|shes|she'?s|are|they'?re|baby|infant|son|daughter|twins?|only|just|a|tiene|has|turned|de|barely|almost) ?|\()${INFANT_AGE}\b|${INFANT_AGE}[- ]?olds?\b|(?:de|tiene) (?:\d+|una|dos|tres|un|pocos) (?:semanas?|dias)\b|(?:de|tiene) (?:1|un|2|dos) mes(?:es)?\b)(?! (?:pregnant|along|postpartum|post|ago|embarazada|de embarazo))${S(100)}\b(?<k>${FEVER})`,
      r`\b(?<k>${FEVER})${S(80)}\b(?:newborn|recien nacid\w*|(?:is|hes|he'?s|shes|she'?s|only|just) ${INFANT_AGE}\b|${INFANT_AGE}[- ]?old\b|de (?:\d+|una|dos|tres) semanas|de (?:1|un|2|dos) mes(?:es)?)`,
    ],
    // "temp 99.5", "temperature of 37.6": a reading under 100.4 °F / 38 °C is no fever.
    // Only right after the word: "100.5, was 100.1 an hour ago" is a fever still.
    notAfter: r`^[\s:=]*(?:(?:is|was|of|at|reads?|came (?:back )?(?:down )?to|went down to|de)\W*)?(?:9\d|100(?:[.,][0-3])?|3[0-7])(?:[.,]\d+)?\b(?! ?(?:f\b|°|degrees)\W*(?:and|but) (?:rising|going up))`,
    // A question asked before the baby is born.
    notNear: r`\b(?:due (?:next|this|in)|not (?:born|here) yet|before (?:the baby|she|he) (?:is born|arrives|comes))\b`,
  },
  {
    id: 'pregnancy-emergency',
    description: 'Pregnancy with bleeding, severe pain, reduced fetal movement, broken waters or pre-eclampsia signs',
    patterns: [
      r`\b${PREG}${A(150)}\b(?<k>${PREECLAMPSIA}|bleeding|blood(?! pressure| sugar| work| tests?| draw| type| glucose| count| pressures)|gush\w*|spotting|(?:severe|bad|really bad|terrible|constant|hard|horrible) (?:\w+ )?(?:pain|cramp\w*)|(?:belly|stomach|uterus) (?:is |feels )?(?:hard|rigid)|(?:contractions|tightening) every|(?:not|hasn'?t|stopped|isn'?t|haven'?t|less) (?:\w+ ){0,2}(?:moving|move|kicking|kick)|baby (?:is|has been) (?:quiet|still)|water (?:broke|breaking)|leaking fluid|fluid|(?:severe|horrible|terrible|bad|worst|pounding) headache|(?:vision|seeing) (?:is )?(?:\w+ )?(?:blurry|spots|stars|flash\w*)|blurry vision|(?:face|hands) (?:\w+ )?(?:swell\w*|swollen|puff\w*)|seizure|${FALL}|landed on)`,
      r`\b${POSTPARTUM}${A(150)}\b(?<k>${PREECLAMPSIA})`,
      r`\b${POSTPARTUM}${A(150)}\b(?<k>bleed\w* (?:too much|a lot|so much|heavy|heavily|very much)|(?:heavy|lots of) bleeding|soak\w*|(?:change|changing|go(?:ing)? through|fill\w*) (?:the |a |one )?pads? every|clots? (?:the size|as big|bigger|like)|hemorrhag\w*|sangr\w* (?:mucho|muchisimo|demasiado)|coagulos (?:grandes|como)|cambi\w* (?:la )?toalla cada)`,
      r`\b(?:chang(?:e|es|ed|ing)|go(?:ing|es)? through|fill\w*|cambi\w*) (?:a |the |one |la |una )?(?:pad|pads|toalla|toallas) (?:every|each|cada) (?:(?:\d{1,2}|half an?|media|quince|veinte|treinta) (?:min\w*|minutos?|hora)|hour|hora)\b`,
      r`\b(?:pregnant|embarazada)${S(20)}\b(?:\d|eight|seven|nine|six|ocho|siete|nueve) (?:months?|meses)${A(150)}\b(?<k>(?:baby|bebe) (?:no|not|don'?t|doesn'?t|didn'?t|hasn'?t) (?:\w+ )?(?:move|moving|kick\w*|mueve)|bleed\w*|sangr\w*|seiz\w*|convuls\w*|ataque)`,
      r`\b(?:meses|semanas) de embarazo${A(150)}\b(?<k>(?:le |me )?dio un ataque|convuls\w*|se puso (?:dura|tiesa|rigida)|temblaba|sangr\w*|no se mueve)`,
      r`\b(?:the )?baby (?:no|not|don'?t|doesn'?t|didn'?t) (?:move|moving|kick)\b`,
      // The symptom first, the pregnancy named after it ("soaked 4 pads in 2 hours and I'm 9 weeks pregnant").
      r`\b(?:${PREECLAMPSIA}|bleeding|soak\w* (?:through )?(?:\w+ )?pads?|gush\w* (?:of )?(?:blood|fluid)|(?:severe|bad|really bad|terrible|constant|horrible) (?:\w+ )?(?:pain|cramp\w*)|cramp\w* (?:really |so )?(?:bad|severe|terrible))${A(120)}\b(?<k>(?:i'?m|im|i am|she'?s|she is|at|and) (?:\d{1,2} ?(?:weeks|wks|wk)|pregnant|\d+ weeks pregnant)|pregnant)\b(?! (?:test|tests|before|last|again someday))`,
      r`\b(?:baby|babys?|baby'?s) (?:is not|isn'?t|not|hasn'?t|has not|stopped|hasn'?t been|haven'?t felt (?:him|her|it)) (?:moving|move|kicking|kicked|moved)\b`,
      r`\b(?:haven'?t|have not|not|don'?t|can'?t) (?:felt|feel|feeling) (?:the )?(?:baby|him|her) (?:move|moving|kick\w*)\b`,
      r`\b(?:less|decreased|reduced|no) (?:fetal |baby )?(?:movement|movements|kicks|kicking)\b`,
      r`\bwater (?:broke|has broken|just broke)\b`,
      r`\b(?:embarazada|embarazo|(?:tengo|estoy de|tiene|esta de) \d+ semanas)${A(150)}\b(?<k>${PREECLAMPSIA}|sangr\w*|dolor (?:muy )?(?:fuerte|intenso|horrible)|colicos fuertes|no se mueve|no (?:lo|la|le) siento mover|se (?:me|le) rompio la (?:fuente|bolsa)|liquido|dolor de cabeza (?:horrible|fuerte|terrible|muy fuerte)|veo (?:lucecitas|manchas|luces|borroso)|vision borrosa|hinch\w* (?:\w+ )?(?:la cara|las manos))`,
      r`\bel bebe no se (?:mueve|ha movido)\b`,
      r`\bno (?:siento|he sentido) (?:al|el) bebe (?:mover|moverse)`,
      r`\bno (?:siento|he sentido|senti|sentimos|ha sentido|siente) (?:que )?(?:a |al |el )?(?:mi |su |el |la )?(?:bebe|nin[oa]|nene|nena|bebito|bebita)\b${S(30)}\b(?:mover\w*|patear|pataditas|se mueva)|\bno (?:se (?:mueve|ha movido|movio)|patea) (?:como (?:siempre|antes)|nada|casi nada)|\b(?:se mueve|patea|se movia) (?:mucho )?(?:menos|muy poco|casi nada)\b|\bmenos movimientos?\b`,
      r`\b(?:haven'?t|have not|not|don'?t|can'?t|didn'?t) (?:\w+ )?(?:felt|feel|feeling) (?:my|our|the) baby (?:move|moving|kick\w*)|\bbaby (?:is |has been |'?s )?(?:moving|kicking) (?:a lot |much |way )?less\b|\bbaby (?:is |has been )?(?:not|barely|hardly) (?:moving|kicking)`,
      r`\bse (?:me|le) (?:rompio|revento) la (?:fuente|bolsa)\b`,
    ],
  },
  {
    id: 'worst-headache',
    description: 'Worst or sudden thunderclap headache, headache with stiff neck',
    patterns: [
      r`\bworst (?:head ?ach\w*|migraine|head pain|pain in my head)\b`,
      r`\bthunderclap\b`,
      r`\bhead ?ache${S(40)}\b(?:came on|hit|started|came)${S(20)}\b(?:in (?:like )?(?:\d|a|one|two|a few|a couple of)? ?seconds?|(?:in )?(?:a|one) second|instantly|all at once|like a (?:thunderclap|bomb|bat|hammer|gunshot|explosion|light switch))|\b(?:never|never ever) (?:had|felt) (?:anything|one|a headache|a pain|pain) like (?:it|this|that)\b${S(60)}\bhead|\bhead\w*${A(80)}\b(?:never|never ever) (?:had|felt) (?:anything|one|a headache|a pain|pain) like (?:it|this|that)\b`,
      r`\b(?:head ?ach\w*|head|migraines?|head pain)\b${S(60)}\b(?<k>worst|worse than (?:it |i |she |he )?(?:ever|any)|like nothing (?:i'?ve|i have|she'?s|he'?s)? ?(?:ever )?(?:had|felt)|(?:most|more) (?:strong|severe|painful|intense) (?:in|of) (?:my|his|her) life|of my life|never had (?:anything|one) like)`,
      r`\b(?:head ?ach\w*|migraines?)\b${A(120)}\b(?<k>worst (?:pain|one|ever|of my life|i'?ve ever))`,
      r`\b(?:sudden\w*|abrupt\w*|out of nowhere|all of a sudden|came on in seconds|explosive)${S(50)}\b(?:head ?ache?|head pain|migraine)\b`,
      r`\b(?:head ?ache?|head pain)\b${S(60)}\b(?:sudden\w*|came on in seconds|out of nowhere|like (?:a bomb|being hit|i got hit|a bat|a thunderclap|an explosion|something exploded))`,
      r`\b(?:head ?ach\w*|head pain|dolor de cabeza)${S(60)}\b(?:stiff neck|neck is stiff|confus\w*|can'?t see|vision (?:loss|went)|saying (?:weird|strange|odd|crazy) things|not making sense|(?:doesn'?t|does not|didn'?t) recogni[sz]e|no (?:me |nos |lo |la )?reconoce|veo doble|ve doble)`,
      r`\bel peor dolor de cabeza\b|\bdolor de cabeza${S(60)}\b(?:el peor|peor de mi vida|como si (?:me )?(?:hubiera|hubiese) (?:reventado|explotado)|reventado|explot\w*)|\b(?:de repente|de golpe|de la nada)${S(30)}\bdolor de cabeza\b`,
      r`\bdolor de cabeza (?:mas fuerte|mas horrible|horrible|terrible|insoportable|explosivo)${S(20)}(?:de mi vida|repentino|de repente)`,
      r`\bdolor de cabeza (?:repentino|subito|de repente)`,
      r`\b(?:(?:me|le) duele (?:\w+ )?la cabeza|dolor de cabeza)\b${S(20)}\b(?:como nunca|como jamas|mas que nunca|como un (?:trancazo|martillazo|balazo|rayo|golpe)|de golpe)|\bhead\b${S(30)}\b(?:like never before|like (?:i'?ve|i have|she'?s|he'?s) never (?:had|felt))`,
    ],
  },
  {
    id: 'meningitis-signs',
    description: 'Fever with a stiff neck, a bulging soft spot or a rash that does not fade',
    patterns: [
      r`\b(?:stiff neck|neck\b${S(25)}\b(?:stiff|rigid|won'?t bend|wont bend|can'?t (?:bend|move)|cannot (?:bend|move)|hard\b|hurts?${S(30)}(?:look down|bend|move))|(?:move|moving|bend\w*|touch\w*) (?:his|her|my|the) neck)${A(120)}\b(?<k>fever|febrile|10[1-6](?:\.\d)?|3[89](?:[.,]\d)?|40(?:[.,]\d)?\b)`,
      r`\b(?:fever|temp\w*)${A(120)}\b(?<k>stiff neck|neck\b${S(25)}\b(?:stiff|rigid|won'?t bend|wont bend|can'?t (?:bend|move)|cannot (?:bend|move)|hard\b|hurts?${S(30)}(?:look down|bend|move))|(?:move|moving|bend\w*|touch\w*) (?:his|her|my|the) neck|can'?t (?:bend|move|touch) (?:his|her|my) (?:neck|chin))`,
      r`\brash\b${S(60)}\b(?:doesn'?t|does not|won'?t|didn'?t|not) (?:fade|go away|blanch|disappear) (?:when|under|with)|\bnon-?blanching\b|\b(?:glass|tumbler) test\b`,
      r`\b(?:soft spot|fontanel\w*)\b${S(20)}\b(?:bulg\w*|swollen|puffy|tense)`,
      r`\bcuello (?:rigido|tieso|duro)${S(60)}\b(?:fiebre|calentura)`,
      r`\b(?:fiebre|calentura)${A(120)}\b(?<k>(?:le|me) duele (?:\w+ )?el cuello|cuello${S(20)}\b(?:rigido|tieso|duro)|no (?:soporta|aguanta) la luz|manch\w* morad\w*|puntitos morados)`,
      r`\b(?:fever|febrile|temp\w*|fiebre|calentura)\b${A(150)}\b(?<k>(?:purple|purplish|dark red|red-purple)(?: \w+)? (?:spots|dots|rash|blotches|marks|specks|bruises)|manch\w* morad\w*|puntitos morados)`,
      r`\b(?:purple|purplish)(?: \w+)? (?:spots|dots|rash|blotches|specks)\b${A(150)}\b(?<k>fever|febrile|fiebre|calentura|10[1-5](?:\.\d)?\b)`,
      r`\b(?:fiebre|calentura)${S(60)}\b(?:cuello (?:rigido|tieso|duro)|no puede (?:mover|doblar) el cuello)`,
    ],
  },
  {
    id: 'severe-abdominal-pain',
    description: 'Sudden or unbearable abdominal pain, or abdominal pain with alarming signs',
    patterns: [
      r`\b(?:excruciating|unbearable|worst|agoniz\w*|10/10|10 out of 10|insoportable)${S(30)}\b${AB}\b|\b${AB}\b${S(40)}\b(?:unbearable|excruciating|worst|doubled over|10/10|10 out of 10|insoportable|worse than anything)`,
      r`\b(?:belly|stomach|abdomen|tummy|estomago|panza|barriga)\b${S(25)}\b(?:hard as|hard like|rigid|like a board|like a drum|like wood|distended|duro como|dura como)`,
      r`\b(?:belly|stomach|abdomen|tummy|estomago|panza|barriga)\b${S(30)}\b(?:esta |is |feels |se siente )?(?:(?:muy|bien|super|rock|really|very) )?(?:dur[oa]|hard|rigid[oa]?)\b${A(120)}\b(?<k>fiebre|fever|${VOMIT}|no (?:me )?(?:puedo|puede) (?:ni )?mover\w*|(?:can'?t|cannot) (?:move|walk|stand))`,
      r`\b${SEV}\b${S(40)}\b${AB}\b${A(160)}\b(?<k>${AB_SIGN})`,
      r`\b${AB}\b${S(30)}\b${SEV}\b${A(160)}\b(?<k>${AB_SIGN})`,
      r`\b${AB_SIGN}${A(120)}\b${SEV}\b${S(40)}\b${AB}\b`,
      r`\b(?:moved|moving|spread|went|migrat\w*) (?:to|down to|into) (?:the |my |his |her )?(?:lower right|right lower|right side)`,
      r`\b${AB}\b${S(50)}\b(?:atraviesa|pasa|llega|goes|going|shoots|shooting|bores|boring|radiat\w*)\b${S(25)}\b(?:back|espalda)\b${A(120)}\b(?<k>${VOMIT}|${SEV})`,
      r`\bvomit\w* (?:\w+ ){0,3}(?:smells? like (?:poop|stool|feces|poo)|brown stuff)`,
      r`\bdolor (?:muy )?(?:fuerte|intenso|insoportable|horrible|terrible) (?:de|en (?:el|la|mi)) (?:estomago|abdomen|panza|barriga|vientre)`,
      r`\b(?:estomago|abdomen|panza|barriga|vientre)${S(30)}\bdolor (?:insoportable|horrible)`,
    ],
  },
  {
    id: 'testicular-pain',
    description: 'Sudden or severe testicular pain (possible torsion), or an erection lasting hours',
    patterns: [
      r`\berection\b${S(40)}\b(?:won'?t go (?:away|down)|(?:for |over |more than )?(?:[4-9]|four|five|six|seven|eight) (?:hours|hrs))|\bpriapism\b`,
      r`\b(?:${SEV}|swollen|swelling)\b${S(40)}\b(?:testic\w*|testes|scrot\w*|testiculo\w*)`,
      r`\b(?:testic\w*|testes|scrot\w*|testiculo\w*)\b${S(40)}\b(?:${SEV}|${VOMIT}|swollen|swelling|hinchad\w*)`,
      r`\b(?:one of (?:my|his) (?:balls|nuts)|(?:my|his) (?:left|right) (?:ball|nut)|(?:balls|nuts|huevos|bolas)(?! of))\b${S(40)}\b(?:hurt\w*|pain\w*|duel\w*|swollen|hinchad\w*)${A(100)}\b(?<k>out of nowhere|sudden\w*|de repente|de la nada|sweat\w*|${VOMIT}|nause\w*|so bad|really bad|can'?t walk)`,
    ],
  },
  {
    id: 'diabetic-emergency',
    description: 'Very high or low blood sugar with confusion, vomiting or drowsiness; ketoacidosis signs',
    patterns: [
      r`\b${SUGAR}${S(40)}\b${HIGH_SUGAR}${A(120)}\b(?<k>confus\w*|${VOMIT}|nause\w*|fruity|foggy|can'?t stay awake|drows\w*|not making sense|passing out|unresponsive|breath\w* (?:\w+ )?(?:fast|deep\w*|hard|heavy)|ketones?|shaking and sweating|confundid\w*|no despierta)`,
      r`\b(?:confus\w*|${VOMIT}|drows\w*|not making sense|unresponsive|confundid\w*|como ido|(?:no )?(?:me |le )?contesta bien|respira (?:\w+ )?(?:hondo|rapido))${A(80)}\b${SUGAR}${S(30)}\b${HIGH_SUGAR}`,
      r`\b${SUGAR}${S(30)}\b(?:[2-5]\d|lo|(?:says|reads|shows) low)\b(?! ?(?:mg|units|u\b|%))${A(80)}\b(?:confus\w*|shak\w*|sweat\w*|can'?t stay awake|drows\w*|not making sense|no sense|talk\w* (?:strange|weird|funny|nonsense)|passing out|passed out|unresponsive|seiz\w*|won'?t (?:wake|drink|eat|swallow)|can'?t swallow|cannot swallow|mumbl\w*|confundid\w*|sudando|no (?:despierta|contesta))`,
      r`\b(?:sweat\w*|confus\w*|shak\w*|mumbl\w*|not making sense|no sense|talk\w* (?:strange|weird|funny|nonsense)|won'?t (?:wake|drink|eat|swallow)|sudando|confundid\w*)${A(100)}\b${SUGAR}${S(20)}\b(?:says?|reads?|shows?|is|was|at|dice|marca)?\W{0,3}(?:[2-5]\d|lo)\b(?! ?(?:mg|units|u\b|%|years|yo|y\/o|anos))`,
      r`\bmeter (?:just )?(?:says|reads|shows|said) (?:hi|high)\b`,
      r`\bketones? (?:are |is |were |on the strip )*(?:large|high|moderate|positive|[2-9](?:\.\d)?)\b|\b(?:large|high|moderate) ketones\b`,
      r`\bbreath (?:smells?|smelling|smelled) (?:like |fruity|sweet)(?:nail polish|acetone|fruit)?`,
      r`\b(?:dka|ketoacidosis|cetoacidosis)\b`,
      r`\b(?:meter|monitor|glucometer|aparato|glucometro|medidor)${S(30)}\b(?:says|reads|shows|dice|marca) (?:hi|high)\b`,
      // Thirst and much urine with vomiting, deep fast breathing or confusion.
      r`\b(?:${THIRST}|${PEEING})${A(150)}\b(?:${THIRST}|${PEEING})${A(200)}\b(?<k>${DKA_SIGN})`,
      r`\b${DKA_SIGN}${A(150)}\b${THIRST}${A(150)}\b${PEEING}`,
      // Ketoacidosis on an SGLT2 drug can come with a normal sugar.
      r`\b${SGLT2}${A(300)}\b(?:${VOMIT}|nause\w*|dolor de panza|belly pain|stomach pain)${A(150)}\b(?<k>confus\w*|confundid\w*|(?:breath\w*|respir\w*) (?:\w+ )?(?:fast|rapid|deep\w*|hard|rapido|hondo)|drows\w*|somnolient\w*)`,
      r`\b${SGLT2}${A(300)}\b(?:confus\w*|confundid\w*|(?:breath\w*|respir\w*) (?:\w+ )?(?:fast|rapid|deep\w*|hard|rapido|hondo))${A(150)}\b(?<k>${VOMIT}|nause\w*)`,
    ],
  },
  {
    id: 'head-injury',
    description: 'Head injury on a blood thinner, or with loss of consciousness, confusion or vomiting',
    patterns: [
      r`\b(?:${FALL}|(?:hit|bumped|banged|struck|whacked|smacked|knocked|cracked|slammed) (?:the (?:back|side|front|top) of )?(?:my|his|her|their|the) (?:head|forehead)|head injury|se cayo|me cai|se golpeo|me golpee|se pego)${A(160)}\b(?<k>${THINNER})`,
      r`\b${THINNER}${A(160)}\b(?<k>${FALL}|(?:hit|bumped|banged|struck|whacked|smacked|knocked|cracked|slammed) (?:the (?:back|side|front|top) of )?(?:my|his|her|their|the) (?:head|forehead)|head injury|se cayo|me cai|se golpeo|me golpee|se pego)`,
      r`\b${HEAD_HIT}${A(160)}\b(?<k>passed out|knocked out|lost consciousness|blacked out|perdio el conocimiento|${VOMIT}|confus\w*|won'?t stop sleeping|sleep(?:y|ier)|drows\w*|seeing double|double vision|won'?t wake|hard to wake|(?:not|isn'?t) acting (?:like )?(?:him|her|them)sel(?:f|ves)|acting (?:weird|strange|strangely|odd|different|confused|drunk)|(?:pupils?|one pupil)${S(20)}\b(?:bigger|larger|different|unequal|uneven)|(?:clear |watery )?(?:fluid|blood) (?:coming )?(?:from|out of) (?:his |her |my |the )?(?:nose|ears?)|seiz\w*|convuls\w*|keeps? (?:asking|repeating)|can'?t remember|(?:doesn'?t|does not|don'?t|didn'?t) remember|keeps? falling asleep|won'?t stay awake|no habla bien|muy dormid\w*|somnolient\w*|adormilad\w*|confundid\w*|no (?:lo|la) puedo despertar|headache (?:getting|is getting|keeps getting) worse)`,
      r`\b(?:passed out|knocked out|blacked out|${VOMIT}|seiz\w*)${A(100)}\b(?:after|since|from) (?:he |she |i |they )?(?:hit|bumped|banged|hitting|bumping|banging) (?:\w+ )?(?:head|forehead)`,
      r`\b(?:baby|infant|newborn|bebe|${INFANT_AGE}[- ]?old|(?:[3-9]|1[0-2]) ?-?(?:months?|mos?)[- ]?old)\b${A(80)}\b(?:rolled off|fell off|fell from|fell out of|dropped|se cayo de)${A(150)}\b(?<k>hard to (?:keep awake|wake)|sleepy|drows\w*|${VOMIT}|(?:soft|squishy|mushy) (?:\w+ )?(?:bump|spot|swelling)|not acting (?:right|like (?:him|her)self)|limp|won'?t stop crying|muy dormid\w*)`,
      // One pupil bigger than the other is a brain emergency, hit or not.
      r`\b(?:one (?:eye|pupil)|(?:his|her|my|the) (?:left|right) (?:eye|pupil)|pupils?)\b${S(20)}\b(?:looks? |is |are |seems? |got |now )?(?:bigger|larger|smaller|different sizes?|unequal|uneven|blown)\b|\b(?:un ojo|una pupila|las pupilas)\b${S(20)}\b(?:mas grande|mas chic[oa]|desiguales|diferentes|de diferente tamano)`,
    ],
  },
  {
    id: 'spinal-injury',
    description: 'Sudden inability to move or feel the legs (spinal injury or cord compression)',
    patterns: [
      r`\b(?:can'?t|cannot|unable to|couldn'?t|can not)(?: (?:really|even|barely))? (?:move|feel|lift) (?:my|his|her|their|the|both|either) (?:legs|arms|feet)\b`,
      r`\b(?:both )?legs (?:are |feel |went |got )?(?:\w+ )?(?:numb|tingl\w*|heavy|weak|dead)\b${A(80)}\b(?:can'?t|cannot|couldn'?t|unable to) (?:really |even |barely )?(?:lift|move|feel|stand on) (?:them|my legs|his legs|her legs)\b`,
      r`\b(?:fell|fall|falling|accident|crash\w*|wreck|hit|landed|tackle\w*|dove|dived|thrown)\b${A(150)}\b(?<k>(?:both (?:hands|arms|legs|feet)|(?:hands|arms|legs) (?:and|&) (?:hands|arms|legs|feet))\b${S(30)}\b(?:numb|weak|tingl\w*|heavy|dead))`,
      r`\bno (?:siente|siento|sentia|puede sentir) (?:las|los|sus|mis) (?:piernas|pies|brazos)\b`,
      r`\b(?:landed on|hit|injured|hurt|fell on|fell onto|came down on) (?:his|her|my|the) (?:neck|head|back|spine)\b${A(120)}\b(?<k>(?:hands?|arms?|legs?|feet)${S(30)}\b(?:numb\w*|tingl\w*|weak|weird|dead|heavy))`,
      r`\bwet (?:myself|himself|herself)${A(100)}\b(?:back|numb\w*|saddle|legs? (?:are |feel )?weak)|\b(?:back|spine)${A(120)}\bwet (?:myself|himself|herself)\b`,
      r`\bno (?:se )?(?:puede|puedo|podia|pudo) (?:mover|sentir) (?:las|los|sus|mis) (?:piernas|brazos|pies)\b|\b(?:piernas|pies)\b${S(40)}\bno (?:las|los) (?:siente|siento)\b`,
      r`\bnumb (?:down there|in (?:my|his|her) (?:private|bottom|butt|crotch))\b`,
      r`\b(?:numb\w*|no feeling) (?:in )?(?:my |his |her )?(?:\W*\w{1,3}\W+)?(?:groin|saddle area|private area|between (?:my|his|her) legs)|\blost control of (?:my |his |her )?(?:bladder|bowels)\b`,
      // Cauda equina: saddle numbness or new bladder trouble, often with back pain and weak legs.
      r`\b(?:can'?t|cannot|couldn'?t|can not|cant) (?:really |even |much )?feel (?:anything )?(?:between (?:my|his|her) legs|(?:my|his|her) (?:groin|private parts|bottom|butt)|down there|when i wipe)`,
      r`\bback (?:pain|hurts?|ache)${S(100)}\b(?:can'?t|cannot|couldn'?t|unable to) (?:pee|urinate|empty (?:my|his|her) bladder)|\b(?:can'?t|cannot|couldn'?t|unable to) (?:pee|urinate)${S(100)}\bback (?:pain|hurts?)`,
      r`\b(?:no siento|no puedo sentir) (?:nada )?(?:entre las piernas|(?:mis|las) partes)|\bperd\w* (?:el )?control de (?:la vejiga|los esfinteres)\b`,
      r`\b(?:nalgas|entre las piernas|entrepierna|partes intimas|zona intima)\b${S(30)}\b(?:dormid\w*|entumid\w*|adormecid\w*|sin sensibilidad)|\b(?:dormid\w*|entumid\w*|adormecid\w*) (?:las nalgas|entre las piernas|la entrepierna)\b`,
      // Losing control of bladder or bowels with back pain or numbness.
      r`\b(?:(?:can'?t|cannot|couldn'?t|unable to) control (?:my |his |her )?(?:bladder|bowels?|pee|urine|peeing)|no (?:puedo|puede|pude|podia) controlar (?:la orina|la vejiga|el intestino|la popo|los esfinteres|(?:el|la) pipi))${A(150)}\b(?<k>back|spine|numb\w*|legs? (?:are |is |feel |feels )?(?:weak|numb)|espalda|columna|dormid\w*|entumid\w*|adormecid\w*)`,
      r`\b(?:back|spine|espalda|columna)\b${A(150)}\b(?<k>(?:can'?t|cannot|couldn'?t|unable to) control (?:my |his |her )?(?:bladder|bowels?|pee|urine)|no (?:puedo|puede|pude|podia) controlar (?:la orina|la vejiga|el intestino|la popo))`,
    ],
  },
  {
    id: 'confusion-acute',
    description: 'New or sudden confusion, or confusion with fever',
    patterns: [
      r`\b(?:sudden\w*|all of a sudden|out of nowhere|de repente)${S(40)}\b(?:confus\w*|disoriented|doesn'?t know where|not making sense|doesn'?t recogni[sz]e|no (?:me|nos|lo|la) reconoce|confundid\w*|se quedo viendo)`,
      r`\b(?:fever|temp\w*|fiebre|calentura)${S(80)}\b(?<k>confus\w*|disoriented|out of it|not making sense|delirious|doesn'?t recogni[sz]e|didn'?t know (?:my|his|her) name|confundid\w*|desorientad\w*|no (?:me|nos|lo|la) reconoce)`,
      r`\b(?:confus\w*|disoriented|delirious|confundid\w*|desorientad\w*|sin reconocer\w*|no (?:nos|me|lo|la) reconoce|(?:dice|habla) cosas (?:sin sentido|raras)|como id[oa])${A(100)}\b(?<k>fever|fiebre|calentura)\b`,
      r`\b(?:doesn'?t|does not|didn'?t|can'?t|cannot) (?:know|remember|tell) where (?:she|he|they) (?:is|are|was)\b`,
      r`\bpiel (?:como )?manchad\w*|\bskin (?:is |looks )?(?:mottled|blotchy and cold)`,
    ],
  },
  {
    id: 'alcohol-withdrawal',
    description: 'Alcohol or sedative withdrawal with shakes, hallucinations, a racing heart or a fit',
    patterns: [
      r`\b(?:stopped|quit|quitting|cut off|off the|no more|without|haven'?t had|have not had|deje de|dejo de) (?:\w+ )?(?:drinking|alcohol|booze|the bottle|a drink|beer|vodka|xanax|benzos?|klonopin|valium|ativan|tomar|beber|alcohol)${A(150)}\b(?<k>(?:can'?t|cannot) stop shaking|shak(?:ing|es|y) (?:so )?(?:bad|badly|all over|uncontrollabl\w*)|tremors?|seeing (?:\w+ ){0,2}(?:things|bugs|spiders|people|shadows)|hearing (?:things|voices)|hallucinat\w*|(?:aren'?t|are not|isn'?t|is not|weren'?t) (?:really )?there|seiz\w*|convuls\w*|heart (?:is )?(?:pounding|racing)|confus\w*|temblando|alucin\w*|veo (?:bichos|cosas|animales))`,
      r`\b(?:seeing (?:\w+ ){0,2}(?:bugs|spiders|things)|hallucinat\w*|(?:can'?t|cannot) stop shaking|shakes)${A(150)}\b(?<k>(?:stopped|quit|cut off) (?:\w+ )?(?:drinking|alcohol|booze|benzos?|xanax)|withdraw\w*|detox\w*|deje de (?:tomar|beber))`,
      r`\b(?:delirium tremens|the dts|d\.t\.s)\b`,
      r`\b(?:see|sees|seeing|saw|ve|veo|viendo)\s(?:\w+ ){0,2}(?:bugs|spiders|insects|snakes|things|people|bichos|aranas|animales)\b${S(40)}\b(?:(?:are|is|were) not|aren'?t|isn'?t|weren'?t|not|no (?:estan|hay))\b${A(200)}\b(?<k>drink\w*|drank|vodka|alcohol|beer|booze|liquor|tomar|beber|cerveza|stop(?:ped)?|quit|dej\w*)`,
      r`\b(?:drink\w*|drank|vodka|alcohol|beer|booze|liquor|cerveza)\b${A(200)}\b(?<k>(?:see|sees|seeing|saw|ve|veo)\s(?:\w+ ){0,2}(?:bugs|spiders|insects|snakes|things|bichos|aranas))`,
    ],
  },
  {
    id: 'heat-stroke',
    description: 'Overheating with confusion, collapse or hot dry skin (heat stroke)',
    patterns: [
      r`\b(?:(?:not|isn'?t|stopped|no longer|quit|doesn'?t|don'?t) sweat\w*|no (?:esta )?sud\w*|dejo de sudar)\b${A(120)}\b(?<k>confus\w*|not making sense|${VOMIT}|faint\w*|pass\w* out|fell|fall|collaps\w*|(?:very |so |really )?hot|red|no (?:me |nos |lo |la )?reconoce|confundid\w*|desmay\w*|vomit\w*|rojo|caliente)`,
      r`\b(?:confus\w*|not making sense|confundid\w*|no (?:me |nos |lo |la )?reconoce|(?:skin|piel)${S(20)}\b(?:hot|caliente))${A(120)}\b(?<k>(?:not|isn'?t|stopped|no longer|quit|doesn'?t|don'?t) sweat\w*|no (?:esta )?sud\w*|dejo de sudar)`,
    ],
  },
  {
    id: 'major-trauma',
    description:
      'A fall from a height, a crash or a blow to the belly, then pallor, a racing pulse, worsening pain or drowsiness',
    patterns: [
      r`\b(?:(?:fell|fallen|fall|falling) (?:off|from|out of|down) (?:the |a |his |her |my )?(?:roof|ladder|scaffold\w*|balcony|tree|horse|second (?:floor|story)|stairs|deck)|se (?:cayo|cae) (?:del|de la|de un|de una|desde el|desde la) (?:techo|escalera|andamio|balcon|arbol|caballo|segundo piso)|(?:car|motorcycle|bike|atv) (?:accident|crash|wreck)|(?:was |got )?hit by a car|t[- ]?boned|rear[- ]ended|rolled (?:the|my|his|her) (?:car|truck)|handlebar|atropell\w*|choque|accidente de (?:carro|coche|auto|moto))\b${A(200)}\b(?<k>pale|palid\w*|sweat\w*|sudad\w*|(?:pulse|heart|pulso)${S(20)}\b(?:racing|fast|rapid|rapido)|(?:pain|dolor)${S(20)}\b(?:getting|is getting|keeps getting) worse|left shoulder|hombro izquierdo|sleepy|drows\w*|(?:belly|stomach|abdomen)${S(20)}\b(?:swell\w*|swollen|tender|hard)|(?:le |me )?duele mucho la (?:barriga|panza)|dizz\w*|faint\w*|mare\w*|${VOMIT})`,
    ],
  },
  {
    id: 'severe-burn',
    description: 'Severe, extensive, chemical, electrical or inhalation burns',
    patterns: [
      r`\b(?:third|3rd|second|2nd)[- ]degree burns?\b`,
      r`\b(?:burn\w*|scald\w*|spill\w*|spilt|splash\w*|boiling|blister\w*|hot (?:oil|grease|water)|quemad\w*)\b${A(120)}\b(?<k>white|leathery|charred|black(?:ened)?|waxy|(?:don'?t|doesn'?t|does not|do not) (?:even )?hurt|no feeling|big area|large area|large burn|huge|whole (?:\w+ ){0,2}(?:arm|hand|leg|foot|face|chest|back|top|inside|side|thigh|body)|size of (?:a |an |my |his |her )?(?:palm|hand|dinner plate|plate)|blisters? (?:all over|cover\w*|everywhere)|(?:peeling|blistering) (?:and|&)|singed|all over|(?:huge|giant|massive) blisters?|peel\w* off|in sheets|(?:chest|face|back|belly|stomach|neck|torso) and (?:\w+ )?(?:arm|arms|leg|legs|hand|back|chest|face|neck))`,
      r`\b(?:quem\w*|hirviendo|hirviente|aceite caliente|agua caliente|escald\w*|ampollas?)\b${A(120)}\b(?<k>ampollas? (?:muy )?(?:enormes|por todo)|piel (?:\w+ ){0,2}(?:blanca|negra|carbonizada|como cuero|dura)|(?<!ya )no (?:le|me) duele|tod[oa] (?:el|la) (?:brazo|pecho|pie|mano|pierna|cuerpo|cara|espalda|muslo)|(?:el|la|su|mi) (?:pecho|cara|espalda|cuello|barriga|panza) y (?:su |el |la |los |las )?\w+|bolsas de agua)`,
      r`\b(?:chemical|bleach|drain cleaner|acid|lye|ammonia|cleaner|oven cleaner|cement|pepper spray)\b${S(40)}\b(?:in|into) (?:my|his|her|their|the) eyes?\b`,
      r`\bcough\w* up (?:black|soot|gray|grey)|\bsinged (?:eyebrows|nose hairs|nostrils)|\beyebrows (?:are )?singed\b|\bsmoke inhalation\b|\bbreathed in (?:a lot of )?smoke\b`,
      r`\b(?:jolt|zap\w*|shock\w*)\b${S(40)}\b(?:live|hot|high[- ]voltage|power line|(?:240|220|480) (?:volt|line|wire)|wire|outlet|breaker|panel)\b|\b(?:electrocut\w*|(?<!\b(?:like|felt|feel|feels|and|brain|little|tiny) )electric(?:al)? shock\b(?!s| sensation| feeling| zaps?)|(?:got|was|been|getting) shocked (?:by (?:a |an |the )?(?:outlet|wire|socket|fence|power line|cord|panel|breaker)|fixing|while|working|at work|changing|touching)|shock from (?:a |an |the )?(?:outlet|wire|socket|power line|cord|panel|breaker)|struck by lightning|descarga electrica)`,
      r`\bquemadura(?:s)? (?:grave|graves|severa|severas|grande|grandes|de (?:segundo|tercer) grado)`,
    ],
  },
  {
    id: 'abnormal-heart-rate',
    description: 'A very fast or very slow heart rate at rest',
    patterns: [
      r`\b(?:heart ?rate|heart (?:is |was )?(?:going|racing|beating|pounding|at)|pulse|hr|pulso|(?:el )?corazon (?:a|late a|esta a))\b${S(25)}\b(?<![(\d-])(?<k>1[4-9]\d|2[0-4]\d)\b(?! ?(?:mg|lbs?|pounds|\/|over)|\)|[-.]\d)`,
      r`\b(?:apple watch|smart ?watch|watch|fitbit|garmin|oura|monitor|reloj)\b (?:is |keeps |has been )?(?:says?|saying|reads?|reading|shows?|showing|dice|marca)${S(15)}\b(?<![(\d-])(?<k>1[4-9]\d|2[0-4]\d)\b(?! ?(?:mg|lbs?|pounds|steps|calories|cal|\/|over)|[-.]\d)${A(120)}\b(?:lightheaded|light headed|dizz\w*|faint\w*|chest|short(?:ness)? of breath|pass(?:ing)? out|mare\w*|pecho)`,
      r`\b(?:heart ?rate|pulse|hr|pulso)\b(?: (?:is|was|of|at|down to|dropped to|only))* (?:[23]\d)\b(?! ?(?:mg|years?|yo|%|\/|minutes|mins|seconds))`,
    ],
    notNear: r`\b(?:running|run|workout|work out|exercis\w*|treadmill|gym|cardio|jog\w*|spin class|hik\w*|biking|sprint\w*|watch (?:says|said) (?:my )?(?:resting|sleeping))\b`,
  },
  {
    id: 'fracture',
    description: 'A deformed or open fracture, or a fall in an older person who cannot stand (possible hip fracture)',
    patterns: [
      // A limb caught in machinery: a crush injury whatever the bleeding looks like.
      r`\b(?:crush\w*|caught|mangled|pinned|pulled|sucked|got) (?:his|her|my|their|a) (?:\w+ )?(?:hand|arm|leg|foot|fingers?) (?:caught )?in (?:the |a |an )?(?:baler|auger|pto|power take-?off|combine|conveyor|machine\w*|press|roller|gears?|chipper|wood ?chipper|mower|grinder|belt|chain)\b`,
      r`\b(?:bone|hueso)\b${S(20)}\b(?:sticking|poking|coming|stuck|pushing|popping) (?:out|through)|\bthrough the skin\b|\bopen fracture\b|\bcompound fracture\b|\bse (?:me|le) (?:ve|sale|salio) el hueso\b|\bhueso (?:salido|expuesto|de fuera)\b|\bfractura (?:expuesta|abierta)\b|\bhueso\b${S(15)}\b(?:chueco|torcido|deforme|de lado)|\bbone (?:looks |is )?(?:crooked|bent|deformed)\b`,
      r`\b${LIMB}\b${S(40)}\b(?:(?:is|looks?|went|turned|bent|pointing|sticking|twisted|rotated|seems?|now|all|kind of|kinda) )*(?<k>turned (?:out\w*|outward\w*|outside|sideways|the wrong way|backwards)|rotated (?:out\w*|outward\w*)|(?:bent|facing|pointing|twisted|going) (?:the )?(?:wrong (?:way|direction)|backwards|sideways)|at (?:a |an )?(?:weird|odd|strange|funny|wrong|crazy|awkward|unnatural) angle|deformed|misshapen|out of place|(?:\w+ )?shorter than|looks? (?:\w+ )?short(?:er)?\b)`,
      r`\b(?:pierna|pie|tobillo|cadera|rodilla|brazo|muneca|codo|hombro)\b${S(40)}\b(?<k>(?:volteado|volteada|girado|girada|torcid[oa]|chuec[oa]) (?:hacia |para )?(?:afuera|fuera|al reves|al lado|(?:un|otro|el otro) lado|de lado)|mas cort[oa]|deform\w*|en (?:un )?angulo raro|fuera de lugar)`,
      // An older person who falls and then cannot stand or bear weight: a hip fracture until shown otherwise.
      r`(?:\((?:[7-9]\d|1[01]\d)\)|\b(?:[7-9]\d|1[01]\d) ?(?:years?|yrs?|yo|y\/o|anos)|\b(?:elderly|grandma|grandmother|grandpa|grandfather|granny|nana|abuel[oa]|anciano|anciana)\b)${A(120)}\b${FALL}${A(120)}\b(?<k>(?:can(?:'?t|not)|unable to|couldn'?t|can not|won'?t|not able to) (?:even )?(?:stand|get up|get (?:him|her) up|bear (?:any )?weight|put (?:any )?weight|walk|move (?:her|his) leg)|no (?:se )?(?:puede|pudo|podia) (?:parar\w*|levantar\w*|poner\w* de pie|caminar|apoyar))`,
      r`\b${FALL}${A(120)}\b(?:hip|cadera)\b${A(80)}\b(?<k>(?:can(?:'?t|not)|unable to|couldn'?t|can not|won'?t) (?:even )?(?:stand|get up|bear (?:any )?weight|put (?:any )?weight|walk)|no (?:se )?(?:puede|pudo|podia) (?:parar\w*|levantar\w*|poner\w* de pie|caminar|apoyar))`,
      r`\b${FALL}${A(120)}\b(?:no (?:se )?(?:puede|pudo|podia) (?:parar\w*|levantar\w*|poner\w* de pie|caminar|apoyar))${A(80)}\b(?<k>cadera)\b`,
      r`\b${FALL}${A(150)}\b(?:(?:can(?:'?t|not)|unable to|couldn'?t|can not|won'?t) (?:even )?(?:stand|get up|bear (?:any )?weight|walk|get (?:his|her) legs under)|(?:can'?t|cannot|couldn'?t) (?:lift|get) (?:him|her) (?:up|off the floor)|no (?:se )?(?:puede|pudo|podia) (?:parar\w*|levantar\w*|poner\w* de pie|caminar))${A(150)}\b(?<k>(?:[7-9]\d|1[01]\d) ?(?:years?|yrs?|yo|y\/o|anos)\b|(?:he|she)(?:'?s| is) (?:[7-9]\d|1[01]\d)\b|tiene (?:[7-9]\d|1[01]\d)\b)`,
      r`\b(?:on the floor|on the ground|en el piso|en el suelo)${A(100)}\b(?:fell|se cayo)${S(40)}\b(?:hours?|horas|all night|toda la noche)\b${A(120)}\b(?<k>(?:can'?t|cannot|couldn'?t) (?:lift|get|move) (?:him|her)|can'?t get (?:his|her) legs under|(?:can'?t|cannot|couldn'?t|unable to) (?:get up|stand)|no (?:lo|la) puedo levantar)`,
      r`\b${FALL}${A(120)}\b(?<k>(?:can(?:'?t|not)|unable to|couldn'?t) (?:stand|get up|bear (?:any )?weight|put (?:any )?weight|walk))${A(80)}\bhip\b`,
    ],
    notBefore: r`\b(?:finger|toe|pinky|thumb|dedo)s? `,
  },
  {
    id: 'hypertensive-crisis',
    description: 'Blood pressure of 180/120 or more with headache, chest pain, vision or nerve symptoms',
    patterns: [
      r`\b${BP}${S(30)}${BP_CRISIS}${A(120)}\b(?<k>(?<!\b(?:little|mild|slight|small|tiny|minor|bit of a|a bit of) )head ?ache|head (?:is )?(?:pounding|killing)|blurr\w*|vision|seeing (?:\w+ )?(?:spots|double)|chest (?:pain|pressure|tight\w*|hurts?)|short(?:ness)? of breath|confus\w*|numb\w*|weak\w*|nosebleed|dolor de cabeza|(?:me|le) duele (?:mucho )?la cabeza|vista|vision|dolor (?:de|en el) pecho|confundid\w*|entumid\w*)`,
      r`\b(?:head ?ache|blurr\w*|chest (?:pain|pressure)|confus\w*|dolor de cabeza|vision borrosa|dolor (?:de|en el) pecho)${A(120)}\b${BP}${S(30)}${BP_CRISIS}`,
    ],
  },
  {
    id: 'sepsis-signs',
    description: 'After surgery or a birth: fever with chills, a racing heart, confusion or a weeping wound',
    patterns: [
      r`\b${POSTOP}${A(200)}\b(?<k>${HIGH_FEVER})${A(120)}\b${SEPSIS_SIGN}`,
      r`\b${POSTOP}${A(200)}\b(?<k>${SEPSIS_SIGN})${A(120)}\b${HIGH_FEVER}`,
      r`\b${HIGH_FEVER}${A(80)}\b${SEPSIS_SIGN}${A(150)}\b(?:after|since|from) (?:(?:my|his|her|their|the) )?${POSTOP}`,
      // High fever with confusion or mottled skin, or red streaks with fever, whatever the cause.
      r`\b${HIGH_FEVER}${A(100)}\b(?<k>confus\w*|foggy|not making sense|mottled|blotchy|motead\w*|confundid\w*|como id[oa])`,
      r`\bred streaks?\b${A(120)}\b(?<k>fever|chills|fiebre|10[1-6](?:\.\d)?\b)|\b(?:fever|chills)${A(120)}\bred streaks?\b`,
      r`\b(?:toe|dedo|foot|pie)\b${S(30)}\b(?:black|negr[oa])\b${A(150)}\b(?<k>fever|fiebre|calentura|confus\w*|como id[oa]|huele|smell\w*)`,
      // Any fever during chemotherapy (neutropenic fever).
      r`\b(?:chemo\w*|chemotherapy|quimio\w*|neutropeni\w*|transplant\w*|trasplant\w*)\b${A(200)}\b(?<k>fever\w*|febrile|fiebre|calentura|10[0-5](?:\.\d)?\b|3[89](?:[.,]\d)?\b)`,
      r`\b(?:fever|febrile|fiebre|calentura|temp\w*)${A(200)}\b(?<k>chemo\w*|chemotherapy|quimio\w*|neutropeni\w*|transplant\w*|trasplant\w*)\b`,
      // Redness or discolouring that spreads by the hour, past a drawn line (a necrotising infection).
      r`\b(?:red\w*|purple|dark|black|grey|gray|swelling|infection|streaks?)\b${S(40)}\b(?:spread\w*|grow\w*|mov\w*) (?:so |really |very )?(?:fast|quickly|rapidly|by the hour|every hour)\b|\b(?:past|beyond|outside|over) the (?:line|mark|pen line|marker line|circle) (?:i|we|they|you) (?:drew|made|marked)\b`,
    ],
  },
  {
    id: 'limb-ischaemia',
    description:
      'A cast, splint or injured limb with cold, pale or blue fingers or toes, or that cannot be moved (circulation cut off)',
    patterns: [
      r`\b(?:cast|splint|brace|sling|yeso|ferula)\b${A(200)}\b(?<k>(?:fingers|toes|hand|foot|dedos|mano|pie)\b${S(30)}\b(?:white|pale|blue|purple|grey|gray|ice[- ]?cold|freezing|cold as ice|numb|blanc\w*|morad\w*|azul\w*|helad\w*|fri[oa]s?)\b|(?:can'?t|cannot|unable to|couldn'?t) (?:move|wiggle|feel|bend) (?:my |his |her |the )?(?:fingers|toes|them)|no (?:puedo|puede) mover (?:los|mis|sus) dedos|pain (?:is )?(?:insane|unbearable|out of control|getting worse|worse and worse))`,
      r`\b(?:fingers|toes|hand|foot)\b${S(30)}\b(?:white|pale|blue|purple|grey|gray) and (?:ice[- ]?cold|freezing|cold)\b${A(120)}\b(?:can'?t|cannot|unable to) (?:move|wiggle|feel)`,
      // Pain out of proportion in a tight, swollen limb, with numbness (compartment syndrome).
      r`\b(?:pain|hurts?|hurting)\b${S(40)}\b(?:way )?(?:worse than (?:it should|expected|normal|it should be)|out of proportion)${A(150)}\b(?<k>numb\w*|pins and needles|tingl\w*|tight|can'?t (?:move|feel))`,
      r`\b(?:leg|calf|arm|forearm|shin)\b${S(30)}\b(?:super |really |very |so )?(?:tight|hard|swollen)${A(120)}\b(?<k>pins and needles|(?:going|gone|went) numb|can'?t (?:feel|move) (?:my|his|her) (?:toes|fingers|foot|hand))`,
      // A limb suddenly cold and pale or blue with numbness or pain, no cast needed (arterial blockage).
      r`\b(?:foot|leg|hand|arm|toes|fingers|pie|pierna|mano|brazo|dedos)\b${S(40)}\b(?:(?:ice[- ]?cold|freezing|cold|fri[oa]s?|helad[oa]s?)(?: and| &|,| y) (?:\w+ )?(?:white|pale\w*|blu\w*|purpl\w*|grey|gray|mottled|blanc[oa]s?|palid[oa]s?|morad[oa]s?|azul\w*)|(?:white|pale|blue|purple|grey|gray|mottled|blanc[oa]s?|palid[oa]s?|morad[oa]s?|azul\w*)(?: and| &|,| y) (?:\w+ )?(?:ice[- ]?cold|freezing|cold|fri[oa]s?|helad[oa]s?))${A(100)}\b(?<k>(?:can'?t|cannot|unable to|couldn'?t) (?:feel|move|wiggle)|numb\w*|no pulse|(?:can'?t|cannot) find (?:a |the )?pulse|(?:severe|terrible|bad|horrible|intense|excruciating) pain|(?:really |so |very |extremely )?painful|hurts? (?:so bad|like hell|terribly)|no (?:siento|siente|puedo mover|puede mover)|no (?:la|lo) (?:puedo|puede) mover|(?:me|le) duele (?:mucho|muchisimo|horrible)|no se (?:le )?siente el pulso|dormid[oa]|entumid[oa]|sin pulso)`,
    ],
    notNear: r`\b(?:raynaud\w*|every winter|in the cold|when (?:it'?s|its|i'?m|i am) cold|in winter|cuando hace frio|en invierno)\b`,
  },
  {
    id: 'severe-skin-reaction',
    description:
      'A spreading rash with mouth or eye sores, blistering or peeling skin (Stevens-Johnson-like drug reaction)',
    patterns: [
      r`\b(?:rash|hives|red spots|spots|sarpullido|ronchas|erupcion|manchas)\b${A(200)}\b(?<k>(?:mouth|lips?|tongue|gums|throat) (?:\w+ ){0,2}(?:sores|ulcers|blisters|peeling|raw)|(?:sores|ulcers|blisters) (?:in|on|inside) (?:my|his|her|the) (?:mouth|lips|eyes|genitals|privates)|eyes? (?:are |is |feel |look )?(?:\w+ )?(?:burning|crusted|crusty|swollen shut)|skin (?:is )?(?:peeling|coming off|sloughing|falling off)|peeling (?:off )?in sheets|blisters? (?:all over|everywhere|spreading)|llagas en (?:la boca|los labios)|ampollas (?:en|por) todo|(?:los )?ojos (?:me |le )?(?:arden|ardiendo)|la piel se (?:me |le )?(?:esta )?(?:pelando|cayendo))`,
      r`\b(?:stevens[- ]johnson|sjs\b|toxic epidermal|\bten\b reaction|dress syndrome)`,
      r`\b(?:mouth|lips?|eyes?|gums|boca|labios|ojos)\b${S(30)}\b(?:blister\w*|sores|ulcers|peeling|raw|crust\w*|ampollas|llagas)\b${A(150)}\b(?<k>skin${S(30)}\b(?:peel\w*|slough\w*|coming off|falling off|blister\w*)|(?:turning into|turned into) blisters|blisters? (?:that )?(?:peel|spread\w*|all over|everywhere)|piel${S(20)}\b(?:pelando|cayendo|despegando))`,
      r`\b(?:blisters? in (?:his|her|my|the) mouth|mouth sores)\b${A(150)}\b(?<k>(?:rash|skin)${S(60)}\b(?:blister\w*|peel\w*))`,
      r`\b(?:slough\w*|(?:coming|peeling|falling) off in (?:sheets|patches|spots)|skin (?:is )?(?:coming|falling) off)\b${A(120)}\b(?<k>fever|fiebre|10[1-5](?:\.\d)?\b|3[89](?:[.,]\d)?\b)`,
      r`\b(?:fever|fiebre)${A(120)}\b(?<k>slough\w*|skin (?:is )?(?:coming|falling) off)`,
      r`\b(?:blisters|sores|ulcers|ampollas|llagas) (?:in|on|inside|en) (?:my |his |her |the |la |los |las |mis |sus )?(?:mouth|lips|eyes|boca|labios|ojos)${A(150)}\b(?<k>skin (?:is )?(?:peeling|coming off|sloughing)|peeling|(?:piel|pellejo) se (?:me |le )?(?:esta )?(?:pelando|cayendo|despegando)|pelando|fever|calentura|fiebre)`,
    ],
  },
  {
    id: 'infant-dehydration',
    description: 'A baby or small child with vomiting or diarrhoea and signs of dehydration',
    patterns: [
      r`\b(?:no|hasn'?t had a|hasn'?t had any|not had a|not one) wet diapers?\b${S(40)}\b(?:in|for|since) (?:\d{1,2}|eight|nine|ten|twelve|all day|all night|hours|the whole day|since|last night|this morning|yesterday|morning|breakfast)`,
      r`(?:\b(?:newborn|new born|recien nacid\w*)|\b${INFANT_AGE}[- ]?olds?\b|\b(?:baby|infant|son|daughter|bebe|he'?s|she'?s|is) ${INFANT_AGE}\b|\b(?:de|tiene) (?:\d+|una|dos|tres|un|pocos) (?:semanas?|dias)\b|\b(?:de|tiene) (?:1|un|2|dos) mes(?:es)?\b)${A(150)}\b(?<k>floppy|limp|como de trapo|blandit[oa]|aguadit[oa]|flojit?[oa]|(?:won'?t|not|isn'?t|hasn'?t|can'?t|no) (?:\w+ )?(?:wake|waking|feed\w*|eat\w*|nurs\w*|drink\w*)|(?:casi )?no (?:recibe|agarra|quiere) (?:el pecho|la mamila|el biberon|comer)|diaper${S(20)}\bdry|panal${S(20)}\bseco|(?:fri[oa]|cold) (?:al tocar\w*|to (?:the )?touch)|(?:temp\w*|termometro|temperatura)${S(20)}\b(?:3[0-5](?:[.,]\d)?|9[0-6](?:\.\d)?)\b|cry\w* (?:is )?weak|weak cry|llora (?:muy )?(?:poco|debil\w*|bajito))`,
      r`\b(?:soft spot|fontanel\w*|mollera)\b${S(30)}\b(?:sunken|sunk|caved|dipped|sinking|hundida)\b|\blike a rag ?doll\b`,
      r`\b(?:hasn'?t|has not|didn'?t|did not|hasnt) (?:peed|wet (?:a|his|her) diaper|urinated)\b${S(30)}\b(?:in|for|since) (?:\d{1,2}|eight|nine|ten|twelve|all day|hours|the whole day|this morning|last night)`,
      r`\b(?:crying|cries|cry) (?:with )?(?:no|without) tears\b|\bno tears when (?:she|he|they) cr(?:y|ies)\b|\bsunken (?:soft spot|fontanelle|eyes)\b`,
      r`\bno (?:ha|han) mojado (?:el |los |ningun |ni un )?panal(?:es)?\b|\bllora sin lagrimas\b|\bmollera hundida\b|\bojos hundidos\b`,
      r`\b(?:baby|infant|toddler|bebe|nin[oa])\b${A(160)}\b(?:vomit\w*|throwing up|diarrh\w*|diarrea|vomito)\b${A(160)}\b(?<k>(?:very |so |really )?(?:limp|floppy|lethargic|listless|hard to wake|won'?t wake|not waking)|muy (?:aguad\w*|decaid\w*|dormid\w*)|como dormid\w*|no (?:despierta|reacciona))`,
    ],
  },
  {
    id: 'needlestick-exposure',
    description: 'A needlestick or blood exposure at work: preventive treatment is time-sensitive',
    patterns: [
      r`\b(?:(?:stuck|poked|pricked|stabbed|jabbed|cut|got stuck) (?:myself |himself |herself |(?:\w+ ){1,3})?(?:with|by|on)|stepped on|steps on|stood on) (?:\S+ ){0,4}(?:needle|syringe|lancet|sharps?)\b(?! (?:for|at) (?:my|the|a) (?:blood|lab|shot|vaccine|flu|draw|test))`,
      r`\bneedle ?sticks?\b|\bsharps injury\b|\bblood (?:splash\w*|got) (?:in|into) (?:my|his|her) (?:eyes?|mouth)\b`,
      r`\b(?:me pinche|me pique|se pincho|se pico|pinchazo) con (?:una )?aguja\b|\baguja (?:usada|sucia|contaminada)\b`,
    ],
  },
  {
    id: 'emergency-self-report',
    description: 'The writer says someone is dying',
    patterns: [
      r`\b(?:i'?m|i am|he'?s|he is|she'?s|she is|(?:mom|dad|husband|wife|son|daughter|baby|mother|father) is) dying\b(?! to\b| of (?:embarrass\w*|laugh\w*|boredom|curiosity))`,
      r`\b(?:i|he|she) (?:feel|feels|felt) like (?:i'?m|i am|he'?s|she'?s|he is|she is) (?:dying|going to die)\b`,
      r`\bsiento que me (?:muero|voy a morir)\b`,
      r`\b(?:(?:going|driving (?:him|her|them|me)?|taking (?:him|her|them|me)) (?:to )?(?:the )?(?:\w+ ){0,3}(?:er|e\.r|ed|emergency room|emergency|hospital|a&e)\b${S(10)}\b(?:now|right now)|(?:headed|heading|on (?:our|my|their) way|rushing (?:him|her|them|me)?|en route) (?:to )?(?:the )?(?:\w+ ){0,3}(?:er|e\.r|ed|emergency room|emergency|hospital|a&e)\b|(?:ems|ambulance|paramedics|911) (?:is |are )?(?:en route|on (?:the|their|its) way|coming|here)|(?:we'?re|we are|i'?m|i am) in the (?:car|ambulance) now|(?:estamos|vamos) en el carro|(?:calling|called|just called|i called|we called) 911|(?:vamos|voy|van|nos vamos) (?:camino )?(?:a|al|para) (?:la |el )?(?:emergencia|hospital|urgencias)\b|(?:llame|llamamos|estoy llamando|voy a llamar|ya llame) (?:al )?911)`,
    ],
    notNear: r`\b(?:panic|anxiety) attacks?\b|\bataques? de (?:panico|ansiedad)\b`,
    notAfter: r`\W{0,3}(?:lol|lmao|haha\w*|jk|jaja\w*)\b`,
  },
];
