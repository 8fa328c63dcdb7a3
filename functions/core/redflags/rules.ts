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
const HEAD_HIT = r`(?:(?:hit|hits|hitting|bumped|bumping|banged|banging|struck|whacked|smacked|knocked|cracked|slammed) (?:\w+ )?(?:(?:the (?:back|side|front|top) of )?(?:my|his|her|their|the) )?(?:head|forehead|skull)|head injury|(?:blow|knock|bump|hit|whack) (?:to|on) (?:the|his|her|my|their) head|concuss\w*|(?:se|me) (?:pego|golpeo|golpee|pegue|dio|di) (?:un golpe |un golpazo |un madrazo |duro |fuerte |muy fuerte )?(?:en |con )?(?:la |su |mi )?cabeza|golpe (?:fuerte |muy fuerte )?en la cabeza)`;
const LIMB = r`(?:leg|legs|foot|ankle|hip|knee|arm|wrist|elbow|shoulder|thigh|shin|forearm)`;
const SUGAR = r`(?:blood sugar|sugar|glucose|bg|bs|azucar|glucosa)`;
const HIGH_SUGAR = r`(?:[3-9]\d\d|[1-9]\d{3}|hi\b|high|over \d{3}|(?:three|four|five|six|seven) hundred)`;
const VOMIT = r`(?:vomit\w*|throw(?:ing)? up|threw up|thrown up|puk\w*|can'?t keep (?:\w+ )?down|vomitando|vomito|vomita)`;
const AB = r`(?:abdom\w*|belly|stomach|tummy|abd|gut|flank|lower right|upper right|right (?:upper|lower)|(?:left|right|lower) side|pelvi\w*|groin|belly button|estomago|panza|barriga|vientre|costado(?: (?:derecho|izquierdo))?(?: abajo)?|lado derecho(?: abajo)?)`;
const SEV = r`(?:sudden\w*|severe|intense|extreme|horrible|terrible|really bad|very bad|so bad|awful|sharp|stabbing|excruciating|unbearable|agoniz\w*|worst|(?:very )?strong|10/10|10 out of 10|fuerte|muy fuerte|intenso|insoportable|horrible|terrible)`;
const AB_SIGN = r`(?:${VOMIT}|fever|chills|faint\w*|clammy|sweat\w*|(?:through|to|into) (?:my |the |his |her )?back|(?:can'?t|cannot|unable to) (?:walk|stand|move|get comfortable|sit still)|doubled over|yellow|(?:hard|rigid|firm) (?:as|like)|rigid|worst|worse than anything|10/10|10 out of 10|blood|fiebre|no (?:puedo|puede) (?:caminar|moverme|moverse))`;
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
const POSTPARTUM = r`(?:post-?partum|post-?natal|(?:gave|given) birth|(?:had|delivered) (?:my|the|our|a|her) (?:baby|son|daughter|twins)|c-?section|(?:pos|post)-?parto|dio a luz|di a luz|(?:tuve|tuvo) (?:a )?(?:mi|su|el|la) (?:bebe|nin[oa]|hij[oa])|cesarea|acab\w* de (?:tener|dar a luz))`;
/** Pre-eclampsia signs. */
const PREECLAMPSIA = r`(?:(?:severe|horrible|terrible|bad|worst|pounding|splitting|killer|awful|really bad|very bad|constant) (?:\w+ )?head ?ache|head ?ache${S(60)}\b(?:won'?t|will not|doesn'?t|does not|isn'?t|not|didn'?t) (?:\w+ )?(?:go away|going away|stop|help\w*|touch\w*|budg\w*|work\w*)|(?:vision|seeing|eyes?) (?:is |are )?(?:\w+ )?(?:blurry|blurr\w*|spots|stars|flash\w*|sparkl\w*|lights|double)|blurry vision|(?:spots|stars|sparkles|flashes|flashing lights|sparkly \w+) (?:in|before|across) (?:my |her )?(?:vision|eyes)|seeing (?:\w+ )?(?:spots|stars|flashes|sparkles|lights)|(?:face|hands|fingers|eyes)(?: (?:and|&|n) (?:my |her )?(?:face|hands|feet|fingers|legs|eyes))? (?:\w+ )?(?:swell\w*|swollen|puff\w*)|swelling (?:in|of|on) (?:my |her )?(?:face|hands)|can'?t get (?:my|her) rings? off|${BP}${S(30)}${BP_SEVERE}|(?:pain|ache|hurts?) (?:\w+ ){0,3}(?:under|below) (?:my |her |the )?right (?:ribs?|rib cage)|(?:upper right|right upper) (?:\w+ )?(?:pain|belly|stomach|abdomen|side)|seizure|convuls\w*|dolor de cabeza (?:muy )?(?:fuerte|horrible|terrible|intenso|insoportable|que no se (?:quita|va))|(?:mucho|fuerte|terrible) dolor de cabeza|(?:me|le) duele (?:mucho|muchisimo|demasiado|horrible|bien fuerte) la cabeza|(?:veo|ve|viendo|mira|miro) (?:unas |unos )?(?:lucecitas|luces|manchas|manchitas|puntitos|estrellitas|estrellas|borroso|doble)|vision borrosa|vista (?:borrosa|nublada)|se (?:me|le) nublo la vista|hinch\w* (?:\w+ ){0,3}(?:la cara|las manos|los ojos)|(?:la cara|las manos|los ojos)(?: \w+){0,4} (?:muy |bien |super )?hinchad\w*|${BP}${S(30)}${BP_SEVERE}|dolor (?:\w+ ){0,3}(?:debajo de las costillas|boca del estomago))`;
/** Recent surgery, a procedure or a birth, whose wound can get infected. */
const POSTOP = r`(?:surger\w*|surgical|operation|operated|post-?op\w*|procedure|(?:had|got) (?:my|his|her|their|a|the) (?:\w+ )?(?:out|removed|replaced|taken out)|incision|c-?section|cesarea|cirugia|operacion|(?:me|la|lo|le) operaron|${POSTPARTUM})`;
/** Fever of 102 °F / 38.9 °C or more, or called high, or fever with shaking chills. */
const HIGH_FEVER = r`(?:(?:fever|temp\w*|fiebre|calentura)${S(15)}\b(?:10[2-6]|39|4[01])(?:[.,]\d)?\b|(?:high|very high|raging|spiking) (?:fever|temp\w*)|fiebre (?:muy )?alta|fever\w*${S(40)}\b(?:shaking|shiver\w*|rigors|chills)|(?:shaking|shiver\w*|rigors|chills)${S(40)}\bfever|(?:fiebre|calentura)${S(40)}\bescalofrios|escalofrios${S(40)}\b(?:fiebre|calentura))`;
/** Signs that an infection is spreading to the blood (sepsis). */
const SEPSIS_SIGN = r`(?:shaking chills|shiver\w*|rigors|(?:can'?t|cannot) stop shaking|confus\w*|mixing up|not making sense|heart(?: rate)? (?:is |was |going |racing |at |of |pounding )*(?:1[2-9]\d)|(?:heart|pulse) (?:is )?racing|pus|oozing|red streaks?|(?:skin|she|he) (?:looks |is )?(?:blotchy|mottled|grey|gray)|escalofrios|temblando|confundid\w*|supura\w*)`;
/** Much thirst and much urine: high-sugar signs. */
const THIRST = r`(?:(?:very|so|really|super|extremely|always|constantly) thirsty|thirsty all the time|(?:can'?t stop|keeps?) drinking|mucha sed|sed (?:todo el tiempo|horrible|tremenda)|toma (?:y toma )?(?:mucha )?agua)`;
const PEEING = r`(?:(?:peeing|urinating|pees|pee|going to the bathroom)${S(10)}\b(?:a lot|constantly|all the time|every (?:\d+ |few |ten |five |half (?:an )?)?(?:min\w*|hour)|nonstop|so much)|orina (?:a cada rato|mucho|seguido|muy seguido|cada rato)|(?:hace|haciendo) (?:pipi|del bano) (?:a cada rato|mucho|seguido))`;
const DKA_SIGN = r`(?:${VOMIT}|confus\w*|not making sense|out of it|drows\w*|(?:breath\w*|respir\w*) (?:\w+ )?(?:fast|rapid|deep\w*|hard|heavy|rapido|hondo|profundo)|fruity|confundid\w*|(?:no )?(?:me |le )?contesta(?:r)? bien|como ido|somnolient\w*|dolor de panza|belly pain|stomach pain)`;
const SGLT2 = r`(?:farxiga|jardiance|invokana|steglatro|xigduo|synjardy|glyxambi|trijardy|dapagliflozin\w*|empagliflozin\w*|canagliflozin\w*|ertugliflozin\w*)`;
/** Indirect warning signs of a suicide plan; two together are a red flag. */
const SUICIDE_CUE = r`(?:(?:wrote|written|writing|left|leaving|finished|finishing) (?:\w+ ){0,2}(?:letters?|notes?) (?:to|for) (?:my|each of my|all my|everyone|everybody)|(?:put|got|loaded|took|taken|bought|have|keep) (?:out )?(?:the|my|a|his|her|dad'?s) (?:gun|pistol|rifle|shotgun|rope)\b(?: (?:out|ready|loaded|in (?:the|my) (?:car|truck|bag|room)))?|(?:gun|pistol|rifle|shotgun)\b (?:is |'s )?(?:loaded|ready|out and|in (?:the|my) (?:car|truck))|gave (?:away )?(?:my|his|her) (?:\w+ )?(?:cat|dog|pets?|guitar|things|stuff|belongings|car|jewelry|savings) (?:away|to)|(?:already )?gave away (?:my|his|her) \w+|(?:need|want|wish|just want|just need) (?:the|this|all the|my|it all) (?:pain )?to (?:be over|end|stop forever)|(?:won'?t|will not) (?:be (?:around|here) (?:much longer|anymore|by)|be a burden)|(?:this is|saying) (?:my )?goodbye|(?:escrib\w*|deje) (?:unas |las )?cartas (?:a|para) (?:mis|todos)|regal\w* (?:a )?mi (?:perr\w*|gat\w*|mascota)|(?:ya tengo|saque|tengo lista) (?:la|el|una|un) (?:pistola|arma|cuerda|soga)|quiero que (?:el dolor|todo) se (?:acabe|termine)|(?:wrote|written|left|leaving) (?:a|the|my) (?:note|letter)\b|(?:so (?:it|this) (?:isn'?t|is not|won'?t be|will not be) a surprise|(?:wanted|want) (?:you|someone|somebody|my doctor) to know (?:first|before))|(?:made|making) (?:my|his|her) peace|(?:won'?t|will not|wont) (?:be )?need(?:ing)? (?:them|it|those|these|any of (?:it|them|this)|my (?:\w+ )?(?:appointments?|appts?|meds|medications?|refills?|prescriptions?))(?: (?:anymore|any more|after|now))?|(?:won'?t|will not|wont) be (?:around|here) (?:for (?:it|that|them|this)|anymore|any more|much longer|after)|thank(?:s| you| u) for (?:trying|all the years|all (?:your|you'?ve|you have) (?:help|done|did))|(?:this|it) (?:will be|is|'?s) (?:my|the) last (?:message|note|letter|time (?:i|you'?ll) (?:write|hear))|sorry for everything|(?:none of this|it) (?:is|was) (?:not |n'?t )?(?:your|her|his|their|anyone'?s) fault|(?:gave|given|giving) (?:away )?(?:my|his|her) (?:guns?|firearms?|rifles?|pistols?|weapons?) (?:away|to)|(?:doesn'?t|does not|don'?t|do not|can'?t) see (?:the|any) point (?:anymore|any more)|despedirme|me despido|(?:ya )?(?:deje|tengo) todo (?:arreglado|listo|en orden)|no me busquen|perdon(?:enme)? por todo|(?:es|este es) mi ultimo mensaje|ya no (?:voy|vamos) a necesitar)`;
const POISONS = r`(?:antifreeze|button batter(?:y|ies)|pilas? (?:de )?boton|(?:dishwasher|laundry|detergent|tide) pods?|rat poison|bleach|drain cleaner|lye|pesticide|weed killer|insecticide|lighter fluid|gasoline|kerosene|windshield (?:washer )?fluid|magnets|cleaning (?:fluid|products?|chemicals?)|poison\w*|veneno|cloro|raticida|mushrooms?)`;

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'chest-pain',
    description: 'Chest pain, pressure or tightness; heart-attack signs',
    patterns: [
      r`\bchest (?:(?:is|feels?|felt|was|got|gets|getting|been|has been|real|really|so|very|kind of|kinda|a bit|all) ){0,3}(?:pains?|painful|pain|pressure|tight\w*|heav\w*|discomfort|hurts?|hurting|ache|aches|aching|crush\w*|squeez\w*|caving|cavin|burning|on fire)`,
      r`\b(?:pains?|pressure|tightness|heaviness|squeezing|crushing|ache|aching|weight|tight band|band|discomfort|elephant|dolor|presion|opresion|apreton|peso|ardor)\b${S(30)}\b(?:chest|sternum|breastbone|pecho)\b`,
      r`\b(?:tight|heavy|crushing|squeezing|squeezy) (?:feeling (?:in|on) (?:my |the )?)?chest\b`,
      r`\b(?:holding|clutching|grabbing|gripping|pressing on) (?:at )?(?:my|his|her|their|the|su) (?:chest|pecho)\b`,
      r`\bheart attack\b`,
      r`\bcp\b(?= (?:and|w|with|radiat|since|started|going|for))`,
      r`\b(?:jaw|left arm|shoulder blades?|arm)\b${S(80)}\b(?:sweat\w*|clammy|short(?:ness)? of breath|nause\w*|grey|gray|pale)`,
      r`\b(?:sweat\w*|clammy|cold sweat)\b${S(80)}\b(?:jaw|left arm|chest)\b`,
      r`\b(?:chest|pecho)\b${S(60)}\b(?:radiat\w*|spread\w*|going|goes|moving|baja|bajando|corre) (?:down |up |into |to |al |hacia )?(?:my |his |her |the |el |su )?(?:left )?(?:arm|jaw|back|neck|brazo|quijada|mandibula)`,
      r`\b(?:me|le|nos) (?:duele|esta doliendo|aprieta) (?:mucho |muchisimo |bastante |fuerte |horrible |demasiado )?(?:el|mi|su) pecho\b`,
      r`\b(?:sudando|sudor|sudoroso|sudorosa|sudada?) ?(?:frio|helado)?${S(80)}\b(?:pecho|brazo izquierdo|mandibula|quijada)\b|\b(?:pecho|brazo izquierdo|mandibula|quijada)\b${S(80)}\b(?:sudando|sudor frio|sudoroso|sudorosa|sudada?)\b`,
      r`\bpecho (?:apretado|oprimido)\b`,
      r`\b(?:ataque al corazon|ataque cardiaco|infarto)\b`,
    ],
    notNear: r`\b(?:when i (?:cough|sneeze|press|push|think about|get (?:anxious|stressed|nervous))|cuando (?:toso|estornudo|aprieto|me presiono)|tender to (?:the )?touch|como (?:de )?musculo|like a (?:pulled )?muscle|pulled (?:a )?muscle|breast ?feed\w*|agarrar el pecho|dar (?:el )?pecho|dando pecho)`,
  },
  {
    id: 'breathing',
    description: 'Trouble breathing, not breathing, blue lips, choking',
    patterns: [
      r`\b(?:can'?t|cannot|can not|cant|unable to|hard to|trouble|difficulty|difficult to|struggling to|struggle to|hard time|barely) (?:breath|breathe|breathing|catch (?:my|his|her|their) breath|get (?:enough )?air)\b`,
      r`\b(?:trouble|difficulty|problems?|difficult|hard|labou?red|struggling|noisy|rapid) (?:with )?breathing\b`,
      r`\bbreathing (?:(?:is|feels?|seems|sounds|got|really|very|so|super|too|kind of|kinda|and) ){0,3}(?:fast|hard|heavy|rapid|shallow|slow|deep\w*|labou?red|noisy|funny|weird|gurgl\w*|raspy)\b`,
      r`\bshort(?:ness)? (?:of|of the) breath\b`,
      r`\bsob\b`,
      r`\b(?:not|isn'?t|is not|stopped|stops|wasn'?t|quit) breathing\b`,
      r`\bgasping\b`,
      r`\b(?:lips|face|fingers|fingertips|mouth|skin|tongue|he|she|baby)\b (?:(?:are|is|turning|turned|went|look|looks|looked|going|getting|got|kind of|kinda|a little|little|bit|a bit|slightly|all) ){0,3}(?:blue|bluish|purple|gray|grey)\b`,
      r`\b(?:inhaler|albuterol|nebulizer|neb|ventolin|proair|puffer)${S(40)}\b(?:isn'?t|not|doesn'?t|does not|dont|don'?t|is not|didn'?t|did not|no longer|aren'?t) (?:helping|help|working|work|doing (?:anything|nothing|nothin)|do (?:anything|nothing|nothin))`,
      r`\b(?:can'?t|cannot|unable to|not able to) (?:talk|speak|say) (?:in )?(?:(?:full|whole|a full|a whole|complete) )?(?:sentences?|words)\b`,
      r`\bgrunt\w*${S(30)}\bbreath\w*|\bnostrils? (?:are |is )?flar\w*|\bribs? (?:are |is )?(?:sucking|pulling|caving|showing)\b|\bretract\w*|\bse le hunden las costillas\b`,
      r`\bthrough a (?:\w+ )?straw\b`,
      r`\b(?:choking|choked|is choking)\b(?! up)|\bsomething (?:stuck|caught) in (?:his|her|my|their) (?:throat|windpipe)\b|\batragant\w*`,
      r`\bno (?:puedo|puede|podia|podemos|pueden) respirar\b`,
      r`\b(?:me|le|nos) (?:falta|cuesta) (?:el |mucho )?(?:aire|respirar|respiracion)\b`,
      r`\bfalta de (?:aire|respiracion)\b`,
      r`\bdificultad (?:para|al) respirar\b`,
      r`\bno respira\b|\brespira (?:con (?:mucho )?(?:ruido|dificultad)|muy (?:rapido|feo))`,
      r`\b(?:me ahogo|se ahoga|ahogandose|ahogandome)\b`,
      r`\blabios (?:\w+ )?(?:morados|azules)\b`,
    ],
    notBefore: r`\b(?:a (?:little|bit|tad)|little|slightly|somewhat|mildly|kind of|kinda|occasionally|sometimes) |\b(?:sometimes|occasionally|at times|now and then) (?:i |he |she )?(?:get|gets|feel|feels|am|is|have|has|become|becomes) (?:a (?:little|bit) )?`,
    notAfter: r` (?:through|out of|thru) (?:my|his|her|the|it|one|either)\b|\W*(?:sometimes|at times|occasionally|when i (?:walk|climb|exercise|run|go up|lie)|with exertion|on exertion|going up|climbing)`,
    notNear: r`\b(?:snor\w*|sleep apnea|apnea|cpap|bipap|ronca\w*)\b`,
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
      r`\b(?:speech|words|talking|voice) (?:(?:is|are|was|were|sounds?|coming out|come out|came out) )*(?:slurr\w*|garbled|jumbled|funny|weird|wrong|strange|all wrong)`,
      r`\bcan'?t (?:get (?:the|my|his|her) words out|find (?:the|my|his|her) words|speak right|talk right)`,
      r`\btalking (?:funny|weird|strange|gibberish|nonsense|like (?:he|she|they)(?:'?s| is| was| were)? (?:drunk|intoxicated))\b`,
      r`\b(?:speak|speaks|talk|talks|talking|speaking|words)\b${S(20)}\b(?:no sense|not making sense|don'?t make sense|doesn'?t make sense|nonsense)\b`,
      r`\b(?:one|left|right) side (?:of (?:my|his|her|the) (?:body|face) )?(?:is |went |feels? |felt |has gone |got )?(?:weak|numb|limp|paraly\w*|dead|heavy|droop\w*)`,
      r`\b(?:weak\w*|numb\w*|tingl\w*|paraly\w*|heavi\w*)${S(20)}\b(?:one|left|right) side\b|\b(?:left|right|one)[- ]sided (?:weakness|numbness|paralysis)`,
      r`\b(?:left|right) (?:arm|leg|hand|foot)\b(?: (?:and|&) (?:\w+ )?(?:arm|leg|hand|foot))?${S(12)}\b(?:(?:is|are|went|feels?|felt|got|has gone|keeps?|so|very) )*(?:weak|numb|heavy|limp|dead|clumsy|paraly\w*|useless|dropping)`,
      r`\bdropping things with (?:my|his|her) (?:left|right) hand\b`,
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
      r`\b(?:thinking|thought|think|planning|plan|going|gonna|decided|ready|pensando|pienso|planeando|voy|va|quiero)\b (?:of |about |on |to |en |a )?(?:taking|take|swallow\w*|tomar\w*|tragar\w*) (?:them all|all of them|all (?:of )?(?:my|his|her|the|these|those) (?:\w+ )?(?:pills|meds|medications?|tablets)|(?:\w+ )?all at once|todas|todos|todas (?:las|mis) (?:pastillas|pildoras|medicinas)|(?:las|mis) pastillas juntas)\b`,
      r`\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*|guardando|juntando) (?:up )?(?:all )?(?:my |his |her |mis |sus |las )?(?!(?:my|his|her|mis|sus|las|all|up|money|cash|pto|vacation|time|days|sick|points|miles|paychecks?|energy|strength|leave|allowance|for|to|dinero|vacaciones|tiempo|para)\b)\w+${A(120)}\b(?:tonight is the night|tonight'?s the night|all at once|take (?:them )?all|end it|say goodbye|wanted (?:someone|somebody|you) to know|todas juntas|de una vez)\b`,
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
      r`\b(?:want|wants|wanted|wanna|going|gonna|plan\w*|intends?|intending|urges?|thoughts?|thinking|fantasi[sz]\w*|afraid i (?:will|might)|threaten\w*|about|keeps? saying (?:he'?s|she'?s|he|she) (?:will|'?ll|is going))\b (?:to |of |about )?(?:kill|killing|hurt|hurting|harm|harming|shoot|shooting|stab|stabbing|poison|poisoning|hit|hitting|strangle|strangling|choke|choking|beat|beating|run|running)\b (?!(?:myself|herself|himself|themselves|my ?self)\b)(?:${PERSON_OBJ})`,
      r`\b(?:kill|killing|hurt|hurting|shoot|shooting|stab|stabbing|poison|poisoning|run|running) (?:${PERSON_OBJ}) (?:over|when|tonight|tomorrow|with)\b`,
      r`\bthreaten\w* ${S(30)}\bwith (?:a |the |his |her )?(?:\w+ )?(?:knife|gun|rifle|shotgun|pistol|hammer|bat|weapon|axe)\b`,
      r`\b(?:gun|rifle|shotgun|pistol|firearm)\b${S(80)}\b(?:take care of|taking care of|get even|going after|teach \w+ a lesson|kill|shoot|finish it)|\b(?:kill|shoot)\b${S(60)}\b(?:gun|rifle|shotgun|pistol)\b`,
      r`\b(?:quiero|quiere|voy a|va a|ganas de|pensamientos de|amenaz\w*(?: con)?) (?:matar|lastimar|hacerle dano|hacer dano|apunalar|dispararle|disparar|golpear)(?:le|lo|la|los|las)? (?:a )?(?!mi mismo|si mism)`,
    ],
    // A dream about it that the writer disowns ("one was about hurting someone, I'd never do that").
    notBefore: r`\b(?:dreams?|dreamt|dreamed|nightmares?|suenos?|pesadillas?)\b${S(30)}`,
  },
  {
    id: 'overdose',
    description: 'Overdose, too many pills, poisoning or toxic exposure',
    patterns: [
      r`\boverdos\w*`,
      // A child who swallowed someone's pills: poison control, whatever the drug.
      r`\b(?:baby|toddler|infant|son|daughter|kid|child|grandson|granddaughter|nephew|niece|\d+ ?-?(?:year|yr|month|mo)s?[- ]?old|\d+ ?y\/?o|hij[oa]|bebe|nin[oa])\b${S(80)}\b(?:swallowed|ate|chewed|got into|trago|se trago|se comio)\b (?:some|a few|several|one|two|three|four|a couple|a handful|a bunch|\d+|algunas|unas|varias) (?:of )?(?:\w+'?s |my |his |her |the |las |mis |sus )?(?:\w+ )?(?:pills?|meds|medicines?|tablets?|capsules?|gummies|pastillas|pildoras)\b`,
      r`\bod'?d\b`,
      r`\b(?:took|take|taken|swallowed|ate|eaten|drank|has taken|have taken|had) (?:way )?(?:too many|too much|a (?:whole|full|entire) (?:bottle|pack|box)|the (?:whole|entire) (?:bottle|pack|box)|all (?:of )?(?:my|his|her|the|their) (?:pills|meds|medications?|tablets))`,
      r`\b(?:took|swallowed|ate|drank|downed|got into|tome|se tomo|me tome|trago|se trago)\b${S(60)}\b(?:whole|entire|full|todo el|toda la) (?:new )?(?:bottle|pack|box|frasco|caja|botella)\b`,
      r`\b(?:took|taken|swallowed|ate|downed|popped|tome|tomo|me tome|se tomo|trago|se trago)\b${S(40)}\b(?:(?:like|about|around|maybe|almost|over|at least|probably|como|unas?|mas de|casi) )?(?:\d{2,3}|a dozen|dozens|ten|twelve|fifteen|twenty|thirty|forty|fifty|veinte|treinta|quince|diez|a lot|lots|tons|a bunch|handfuls?|un monton)(?:[-\u2013]\d+)? (?:of|de|extra[- ]strength|pills|tablets|capsules|pastillas|tabletas|pildoras|tylenol|advil|aleve|motrin|aspirin|excedrin|benadryl|ibuprofen|acetaminophen|paracetamol)\b`,
      r`\b(?:took|swallowed|downed|popped|ate|tome|me tome|se tomo|se trago) (?:all|the rest) (?:of )?(?:my|his|her|their|the|mis|sus|las|los) \w+${S(40)}\b(?:and (?:some|a bunch|a handful|a lot|all|half) of|all at once|at the same time|y (?:unas|algunas|varias|todas) (?:de )?)`,
      r`\bgot into (?:the |my |his |her |their |\w+'?s )?(?:\w+ )?(?:pill ?box|pills?|meds|medicines?|medications?|bottle|pill bottle|medicine cabinet|pill organi[sz]er|gummies)\b`,
      r`\b(?:ate|eaten|eat|swallow\w*|drank|drink|chew\w*|bit into|bite|licked|got into|in (?:his|her|their|my) mouth|breathed|inhaled|trago|se trago|se comio|tomo|bebio|mordio)\b${S(60)}\b${POISONS}\b`,
      r`\b${POISONS}${S(60)}\b(?:in (?:his|her|their|my) mouth|swallow\w*|drank|ate|bit|chew\w*|trago|se (?:la|lo) comio)\b`,
      r`\b(?:breathed|inhaled|breathing) (?:in )?(?:the |some |a lot of |toxic |chemical )?(?:fumes|gas|chemicals?)\b|\bmixed (?:the )?(?:bleach|chlorine|ammonia)\b`,
      r`\bcarbon monoxide\b(?! (?:detector|alarm) (?:battery|install))|\bmonoxido\b|\b(?:furnace|generator|heater|gas stove|exhaust)\b${A(120)}\b(?:head ?ach\w*|dizz\w*|nause\w*|${VOMIT}|faint\w*|confus\w*)|\b(?:head ?ach\w*|dizz\w*)\b${A(120)}\b(?:furnace|generator|space heater|exhaust)\b`,
      r`\bpupils (?:are |look )?(?:tiny|pinpoint|pinned)\b`,
      r`\bpoison(?:ed|ing|ous)\b`,
      r`\bpoison control\b`,
      r`\bsobredosis\b`,
      r`\b(?:tomo|se tomo|me tome|trago|se trago|se comio|comio) (?:muchas|todas|un monton de|demasiadas|varias|el frasco de|la caja de) (?:las )?(?:pastillas|pildoras|medicinas|tabletas)`,
      r`\benvenen\w*`,
    ],
    notAfter: r`${S(40)}\b(?:said|says|told (?:us|me|them))\b${S(40)}\b(?:fine|okay|ok|nothing|no need|harmless|safe|non-?toxic)`,
  },
  {
    id: 'severe-bleeding',
    description: 'Bleeding that will not stop, vomiting or coughing blood, black stools, deep wounds',
    patterns: [
      r`\b(?:bleed\w*|blood|nosebleed|bloody nose)\b${S(50)}?\b(?:won'?t|wont|will not|doesn'?t|does not|isn'?t|is not|can'?t|cannot|hasn'?t|has not|haven'?t|didn'?t|did not|not) (?:\w+ )?(?:stop\w*|slow\w*)`,
      r`\bcan'?t (?:get (?:it|the bleeding) to )?stop (?:the )?bleeding\b`,
      r`\b(?:cut|cuts|gash\w*|wound|lacerat\w*|sliced|stabbed|corte|cortada|cortadura|herida)\b${S(80)}\b(?<k>spurt\w*|squirt\w*|pulsing|pumping out|pouring|gushing|(?:won'?t|wont|will not|doesn'?t|does not|isn'?t) (?:\w+ )?stop\w*|no (?:para|deja de|se detiene)|sale a chorros)`,
      r`\bbleed\w* (?:so |very |really )?(?:heavily|profusely|a lot|so much|really bad|badly|like crazy)\b`,
      r`\b(?:heavy|severe|lots of|a lot of|uncontrolled|profuse\w*|gushing|pouring|soaking|massive|tons of|large amount of|cupful of|a cup of|pool of|puddle of) (?:(?:bright red|dark|fresh) )?(?:bleeding|blood)\b`,
      r`\b(?:bleed\w*|blood)\b${S(40)}\b(?:spurt\w*|gush\w*|pour\w*|squirt\w*|pulsing)|\b(?:spurt\w*|gush\w*|squirt\w*) (?:out )?blood\b`,
      r`\b(?:vomit\w*|throwing up|threw up|puking|puked|cough\w*|spit\w*|spat) (?:up |out )?(?:(?:bright red|dark|some|lots of|a lot of|a bunch of|fresh|red) )*blood\b|\bcoffee grounds?\b`,
      r`\b(?:black|tarry|maroon)(?: and tarry| tarry|,? tar-like)? (?:stool|stools|poop|bowel movements?)\b|\b(?:stool|stools|poop|bm|bowel movements?)\b${S(25)}\b(?<k>black|tarry|like tar|maroon)\b`,
      r`\b(?:bleeding|blood|soak\w*) (?:everywhere|all over|through (?:every |the |a |my |his |her |all the |\d+ )?(?:towels?|dish ?towels?|paper towels?|bandages?|pads?|gauze|shirts?|t-?shirts?|clothes|rags?|cloths?|napkins?|dressings?))`,
      r`\bsoak\w* (?:through )?(?:a |the |one |\d+ )?(?:pads?|tampons?|towels?|bandages?) (?:an|every|each|per|in (?:an|under an)) (?:\d+(?:[-\u2013]\d+)? ?(?:min\w*)|hour|hr)`,
      r`\bclots? (?:the size of|as big as|bigger than|like) (?:a |an )?(?:golf ?balls?|lemons?|plums?|eggs?|baseballs?|fists?|oranges?)`,
      r`\bfill\w* (?:up )?with blood\b|\b(?:pee\w*|urin\w*)\b${S(20)}\b(?:blood|red)\b${S(20)}\bclots?\b`,
      r`\b(?:can|you can) see (?:the )?(?:bone|inside|fat|tendon)\b|\bbone (?:is )?(?:sticking|poking) out\b|\bse (?:me|le) ve el hueso\b`,
      r`\bsangrado (?:que no (?:para|se detiene)|abundante|fuerte|muy fuerte|mucho|grave)`,
      r`\b(?:sangr\w*|sangre)\b${S(50)}?\bno (?:para|paraba|se (?:detiene|quita|para)|deja|ha parado|se ha detenido)\b`,
      r`\b(?:sangra|sangrando|esta sangrando|sangro) (?:mucho|sin parar|y no para|demasiado)`,
      r`\bno (?:para|deja) de (?:sangrar|salir sangre)\b|\bmucha sangre\b|\bchorro de sangre\b`,
      r`\b(?:vomit\w*|tosiendo|tose|escupiendo|escupe) sangre\b`,
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
      r`\b(?:face|eyes|cara|ojos)\b${S(25)}?\b(?:swell\w*|swollen|puff\w*|hinch\w*)${A(100)}\b(?:allerg\w*|hives|welts|sting|stung|bee|wasp|ate|peanuts?|shellfish|shrimp|nuts?|reaction|hoarse|wheez\w*|abeja|picadura|pico|alergi\w*)|\b(?:allerg\w*|hives|sting|stung|bee|wasp|ate|peanuts?|shellfish|shrimp|reaction|abeja|picadura|pico|alergi\w*)\b${A(100)}\b(?:face|eyes|cara|ojos)\b${S(25)}?\b(?:swell\w*|swollen|puff\w*|hinch\w*)`,
      r`\banaphyla\w*`,
      r`\bcan'?t swallow\b(?! (?:pills?|tablets?|capsules?|the (?:pills?|tablets?)))`,
      r`\b(?:hives|welts|itch\w*|rash|tingl\w*|allerg\w*|reaction|stung|sting|peanuts?|shellfish|shrimp)\b${A(80)}\b(?:lump in (?:my |his |her )?throat|throat (?:feels )?(?:tight|thick|funny|closing)|wheez\w*|hoarse|trouble swallowing|hard to swallow|difficult to swallow|short(?:ness)? of breath|can'?t breathe(?! (?:through|out of|thru)))`,
      r`\b(?:used|use|gave|give|needed|need to use|had to use) (?:my|his|her|the|an|their) epi-?\s?pen\b`,
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
      r`\b(?:lost|losing|loses|loss of) consciousness\b`,
      r`\bunconscious\b`,
      r`\b(?:un|non|less|not|barely)[- ]?responsive\b`,
      r`\b(?:won'?t|will not|can'?t|cannot|couldn'?t|hard to|difficult to|impossible to|trouble|unable to) (?:wake (?:him|her|them)? ?up|be woken|wake (?:him|her|them)|get (?:him|her|them) to wake|rouse)\b(?! (?:in the morning|early|for school|on time))`,
      r`\b${WHO}\b (?:is |was )?(?:not|didn'?t|did not|doesn'?t|does not|don'?t|won'?t|isn'?t|wasn'?t|couldn'?t|can'?t|stopped) (?:respond\w*|answer\w*|react\w*)\b(?! (?:to )?(?:my|our|the|your|any) (?:messages?|calls?|texts?|emails?|voicemails?|phone|door))`,
      r`\bslump\w* (?:over|down)\b|\b(?:went|gone|go|goes|going|is|was) (?:all |completely )?(?:limp|floppy)\b|\bfloppy\b`,
      r`\bcollaps\w*`,
      r`\bseizur\w*`,
      r`\bconvuls\w*`,
      r`\bbit (?:his|her|my|their) tongue\b|\beyes (?:rolled|rolling) back\b|\b(?:jerking|twitching) (?:movements|all over|uncontrollabl\w*)`,
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
      r`(?:\b(?:newborn|new born|neonate|recien nacid\w*)|(?:\b(?:is|hes|he'?s|shes|she'?s|are|they'?re|baby|infant|son|daughter|twins?|only|just|a) ?|\()${INFANT_AGE}\b|${INFANT_AGE}[- ]?olds?\b|(?:de|tiene) (?:\d+|una|dos|tres|un|pocos) (?:semanas?|dias)\b|(?:de|tiene) (?:1|un|2|dos) mes(?:es)?\b)(?! (?:pregnant|along|postpartum|post|ago|embarazada|de embarazo))${S(100)}\b(?<k>${FEVER})`,
      r`\b(?<k>${FEVER})${S(80)}\b(?:newborn|recien nacid\w*|(?:is|hes|he'?s|shes|she'?s|only|just) ${INFANT_AGE}\b|${INFANT_AGE}[- ]?old\b|de (?:\d+|una|dos|tres) semanas|de (?:1|un|2|dos) mes(?:es)?)`,
    ],
    // "temp 99.5", "temperature of 37.6": a reading under 100.4 °F / 38 °C is no fever.
    notAfter: r`^\W*(?:is|was|of|at|=|:|reads?|came (?:back )?(?:down )?to|went down to|de)?\W*(?:9\d|100(?:[.,][0-3])?|3[0-7])(?:[.,]\d+)?\b(?! ?(?:f\b|°|degrees)\W*(?:and|but) (?:rising|going up))`,
  },
  {
    id: 'pregnancy-emergency',
    description: 'Pregnancy with bleeding, severe pain, reduced fetal movement, broken waters or pre-eclampsia signs',
    patterns: [
      r`\b${PREG}${A(150)}\b(?<k>${PREECLAMPSIA}|bleeding|blood(?! pressure| sugar| work| tests?| draw| type| glucose| count| pressures)|gush\w*|spotting|(?:severe|bad|really bad|terrible|constant|hard|horrible) (?:\w+ )?(?:pain|cramp\w*)|(?:belly|stomach|uterus) (?:is |feels )?(?:hard|rigid)|(?:contractions|tightening) every|(?:not|hasn'?t|stopped|isn'?t|haven'?t|less) (?:\w+ ){0,2}(?:moving|move|kicking|kick)|baby (?:is|has been) (?:quiet|still)|water (?:broke|breaking)|leaking fluid|fluid|(?:severe|horrible|terrible|bad|worst|pounding) headache|(?:vision|seeing) (?:is )?(?:\w+ )?(?:blurry|spots|stars|flash\w*)|blurry vision|(?:face|hands) (?:\w+ )?(?:swell\w*|swollen|puff\w*)|seizure|${FALL}|landed on)`,
      r`\b${POSTPARTUM}${A(150)}\b(?<k>${PREECLAMPSIA})`,
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
      r`\b(?:head ?ach\w*|head|migraines?|head pain)\b${S(60)}\b(?<k>worst|worse than (?:it |i |she |he )?(?:ever|any)|like nothing (?:i'?ve|i have|she'?s|he'?s)? ?(?:ever )?(?:had|felt)|(?:most|more) (?:strong|severe|painful|intense) (?:in|of) (?:my|his|her) life|of my life|never had (?:anything|one) like)`,
      r`\b(?:head ?ach\w*|migraines?)\b${A(120)}\b(?<k>worst (?:pain|one|ever|of my life|i'?ve ever))`,
      r`\b(?:sudden\w*|abrupt\w*|out of nowhere|all of a sudden|came on in seconds|explosive)${S(50)}\b(?:head ?ache?|head pain|migraine)\b`,
      r`\b(?:head ?ache?|head pain)\b${S(60)}\b(?:sudden\w*|came on in seconds|out of nowhere|like (?:a bomb|being hit|i got hit|a bat|a thunderclap|an explosion|something exploded))`,
      r`\b(?:head ?ach\w*|head pain|dolor de cabeza)${S(60)}\b(?:stiff neck|neck is stiff|confus\w*|can'?t see|vision (?:loss|went)|saying (?:weird|strange|odd|crazy) things|not making sense|(?:doesn'?t|does not|didn'?t) recogni[sz]e|no (?:me |nos |lo |la )?reconoce|veo doble|ve doble)`,
      r`\bel peor dolor de cabeza\b`,
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
      r`\b(?:fiebre|calentura)${S(60)}\b(?:cuello (?:rigido|tieso|duro)|no puede (?:mover|doblar) el cuello)`,
    ],
  },
  {
    id: 'severe-abdominal-pain',
    description: 'Sudden or unbearable abdominal pain, or abdominal pain with alarming signs',
    patterns: [
      r`\b(?:excruciating|unbearable|worst|agoniz\w*|10/10|10 out of 10|insoportable)${S(30)}\b${AB}\b|\b${AB}\b${S(40)}\b(?:unbearable|excruciating|worst|doubled over|10/10|10 out of 10|insoportable|worse than anything)`,
      r`\b(?:belly|stomach|abdomen|tummy|estomago|panza|barriga)\b${S(25)}\b(?:hard as|hard like|rigid|like a board|like a drum|like wood|distended|duro como|dura como)`,
      r`\b${SEV}\b${S(40)}\b${AB}\b${A(160)}\b${AB_SIGN}`,
      r`\b${AB}\b${S(30)}\b${SEV}\b${A(160)}\b${AB_SIGN}`,
      r`\b${AB_SIGN}${A(120)}\b${SEV}\b${S(40)}\b${AB}\b`,
      r`\b(?:moved|moving|spread|went|migrat\w*) (?:to|down to|into) (?:the |my |his |her )?(?:lower right|right lower|right side)`,
      r`\bvomit\w* (?:\w+ ){0,3}(?:smells? like (?:poop|stool|feces|poo)|brown stuff)`,
      r`\bdolor (?:muy )?(?:fuerte|intenso|insoportable|horrible|terrible) (?:de|en (?:el|la|mi)) (?:estomago|abdomen|panza|barriga|vientre)`,
      r`\b(?:estomago|abdomen|panza|barriga|vientre)${S(30)}\bdolor (?:insoportable|horrible)`,
    ],
  },
  {
    id: 'testicular-pain',
    description: 'Sudden or severe testicular pain (possible torsion)',
    patterns: [
      r`\b(?:${SEV}|swollen|swelling)\b${S(40)}\b(?:testic\w*|testes|scrot\w*|testiculo\w*)`,
      r`\b(?:testic\w*|testes|scrot\w*|testiculo\w*)\b${S(40)}\b(?:${SEV}|${VOMIT}|swollen|swelling|hinchad\w*)`,
    ],
  },
  {
    id: 'diabetic-emergency',
    description: 'Very high or low blood sugar with confusion, vomiting or drowsiness; ketoacidosis signs',
    patterns: [
      r`\b${SUGAR}${S(40)}\b${HIGH_SUGAR}${A(120)}\b(?<k>confus\w*|${VOMIT}|nause\w*|fruity|foggy|can'?t stay awake|drows\w*|not making sense|passing out|unresponsive|breath\w* (?:\w+ )?(?:fast|deep\w*|hard|heavy)|ketones?|shaking and sweating|confundid\w*|no despierta)`,
      r`\b(?:confus\w*|${VOMIT}|drows\w*|not making sense|unresponsive|confundid\w*|como ido|(?:no )?(?:me |le )?contesta bien|respira (?:\w+ )?(?:hondo|rapido))${A(80)}\b${SUGAR}${S(30)}\b${HIGH_SUGAR}`,
      r`\b${SUGAR}${S(30)}\b(?:[2-5]\d)\b${A(80)}\b(?:confus\w*|shak\w*|sweat\w*|can'?t stay awake|drows\w*|not making sense|passing out|passed out|unresponsive|seiz\w*|won'?t wake)`,
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
      r`\b(?:${FALL}|(?:hit|bumped|banged|struck|whacked|smacked|knocked|cracked|slammed) (?:the (?:back|side|front|top) of )?(?:my|his|her|their|the) (?:head|forehead)|head injury|se cayo|me cai|se golpeo|me golpee|se pego)${A(160)}\b${THINNER}`,
      r`\b${THINNER}${A(160)}\b(?<k>${FALL}|(?:hit|bumped|banged|struck|whacked|smacked|knocked|cracked|slammed) (?:the (?:back|side|front|top) of )?(?:my|his|her|their|the) (?:head|forehead)|head injury|se cayo|me cai|se golpeo|me golpee|se pego)`,
      r`\b${HEAD_HIT}${A(160)}\b(?<k>passed out|knocked out|lost consciousness|blacked out|perdio el conocimiento|${VOMIT}|confus\w*|won'?t stop sleeping|sleep(?:y|ier)|drows\w*|seeing double|double vision|won'?t wake|hard to wake|(?:not|isn'?t) acting (?:like )?(?:him|her|them)sel(?:f|ves)|acting (?:weird|strange|strangely|odd|different|confused|drunk)|(?:pupils?|one pupil)${S(20)}\b(?:bigger|larger|different|unequal|uneven)|(?:clear |watery )?(?:fluid|blood) (?:coming )?(?:from|out of) (?:his |her |my |the )?(?:nose|ears?)|seiz\w*|convuls\w*|keeps? (?:asking|repeating)|can'?t remember|muy dormid\w*|somnolient\w*|adormilad\w*|confundid\w*|no (?:lo|la) puedo despertar|headache (?:getting|is getting|keeps getting) worse)`,
      r`\b(?:passed out|knocked out|blacked out|${VOMIT}|seiz\w*)${A(100)}\b(?:after|since|from) (?:he |she |i |they )?(?:hit|bumped|banged|hitting|bumping|banging) (?:\w+ )?(?:head|forehead)`,
      // One pupil bigger than the other is a brain emergency, hit or not.
      r`\b(?:one (?:eye|pupil)|(?:his|her|my|the) (?:left|right) (?:eye|pupil)|pupils?)\b${S(20)}\b(?:looks? |is |are |seems? |got |now )?(?:bigger|larger|smaller|different sizes?|unequal|uneven|blown)\b|\b(?:un ojo|una pupila|las pupilas)\b${S(20)}\b(?:mas grande|mas chic[oa]|desiguales|diferentes|de diferente tamano)`,
    ],
  },
  {
    id: 'spinal-injury',
    description: 'Sudden inability to move or feel the legs (spinal injury or cord compression)',
    patterns: [
      r`\b(?:can'?t|cannot|unable to|couldn'?t|can not) (?:move|feel) (?:my|his|her|their|the|both|either) (?:legs|arms|feet)\b`,
      r`\bno (?:puede|puedo|podia) (?:mover|sentir) (?:las|los|sus|mis) (?:piernas|brazos|pies)\b`,
      r`\b(?:numb\w*|no feeling) (?:in )?(?:my |his |her )?(?:groin|saddle area|private area|between (?:my|his|her) legs)|\blost control of (?:my |his |her )?(?:bladder|bowels)\b`,
      // Cauda equina: saddle numbness or new bladder trouble, often with back pain and weak legs.
      r`\b(?:can'?t|cannot|couldn'?t|can not) feel (?:anything )?(?:between (?:my|his|her) legs|(?:my|his|her) (?:groin|private parts|bottom|butt)|down there|when i wipe)`,
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
      r`\b(?:confus\w*|disoriented|delirious|confundid\w*|desorientad\w*)${S(60)}\b(?:fever|fiebre|calentura)\b`,
      r`\b(?:doesn'?t|does not|didn'?t) know where (?:she|he|they) (?:is|are|was)\b`,
      r`\bpiel (?:como )?manchad\w*|\bskin (?:is |looks )?(?:mottled|blotchy and cold)`,
    ],
  },
  {
    id: 'severe-burn',
    description: 'Severe, extensive, chemical, electrical or inhalation burns',
    patterns: [
      r`\b(?:third|3rd|second|2nd)[- ]degree burns?\b`,
      r`\b(?:burn\w*|scald\w*|spill\w*|spilt|splash\w*|boiling|blister\w*|hot (?:oil|grease|water)|quemad\w*)\b${A(120)}\b(?<k>white|leathery|charred|black(?:ened)?|waxy|(?:don'?t|doesn'?t|does not|do not) (?:even )?hurt|no feeling|big area|large area|large burn|huge|whole (?:\w+ ){0,2}(?:arm|hand|leg|foot|face|chest|back|top|inside|side|thigh|body)|size of (?:a |an |my |his |her )?(?:palm|hand|dinner plate|plate)|blisters? (?:all over|cover\w*|everywhere)|(?:peeling|blistering) (?:and|&)|singed|all over|(?:large|big|huge|giant|massive) blisters?)`,
      r`\b(?:quem\w*|hirviendo|hirviente|aceite caliente|agua caliente|escald\w*|ampollas?)\b${A(120)}\b(?<k>ampollas? (?:muy )?(?:grandes|enormes|por todo)|piel (?:\w+ ){0,2}(?:blanca|negra|carbonizada|como cuero|dura)|no (?:le|me) duele|tod[oa] (?:el|la) (?:brazo|pecho|pie|mano|pierna|cuerpo|cara|espalda|muslo)|(?:el|la) (?:pecho|cara|espalda) y (?:el|la|los|las) \w+)`,
      r`\b(?:chemical|bleach|drain cleaner|acid|lye|ammonia|cleaner|oven cleaner|cement|pepper spray)\b${S(40)}\b(?:in|into) (?:my|his|her|their|the) eyes?\b`,
      r`\bcough\w* up (?:black|soot|gray|grey)|\bsinged (?:eyebrows|nose hairs|nostrils)|\beyebrows (?:are )?singed\b|\bsmoke inhalation\b|\bbreathed in (?:a lot of )?smoke\b`,
      r`\b(?:electrocut\w*|(?<!\b(?:like|felt|feel|feels|and|brain|little|tiny) )electric(?:al)? shock\b(?!s| sensation| feeling| zaps?)|(?:got|was|been|getting) shocked (?:by (?:a |an |the )?(?:outlet|wire|socket|fence|power line|cord|panel|breaker)|fixing|while|working|at work|changing|touching)|shock from (?:a |an |the )?(?:outlet|wire|socket|power line|cord|panel|breaker)|struck by lightning|descarga electrica)`,
      r`\bquemadura(?:s)? (?:grave|graves|severa|severas|grande|grandes|de (?:segundo|tercer) grado)`,
    ],
  },
  {
    id: 'abnormal-heart-rate',
    description: 'A very fast or very slow heart rate at rest',
    patterns: [
      r`\b(?:heart ?rate|heart (?:is |was )?(?:going|racing|beating|pounding|at)|pulse|hr|pulso|(?:el )?corazon (?:a|late a|esta a))\b${S(25)}\b(?<![(\d-])(?<k>1[4-9]\d|2[0-4]\d)\b(?! ?(?:mg|lbs?|pounds|\/|over)|\)|[-.]\d)`,
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
      r`\b${FALL}${A(120)}\bhip\b${A(80)}\b(?<k>(?:can(?:'?t|not)|unable to|couldn'?t|can not|won'?t) (?:even )?(?:stand|get up|bear (?:any )?weight|put (?:any )?weight|walk))`,
      r`\b${FALL}${A(120)}\b(?<k>(?:can(?:'?t|not)|unable to|couldn'?t) (?:stand|get up|bear (?:any )?weight|put (?:any )?weight|walk))${A(80)}\bhip\b`,
    ],
    notBefore: r`\b(?:finger|toe|pinky|thumb|dedo)s? `,
  },
  {
    id: 'hypertensive-crisis',
    description: 'Blood pressure of 180/120 or more with headache, chest pain, vision or nerve symptoms',
    patterns: [
      r`\b${BP}${S(30)}${BP_CRISIS}${A(120)}\b(?<k>head ?ache|head (?:is )?(?:pounding|killing)|blurr\w*|vision|seeing (?:\w+ )?(?:spots|double)|chest (?:pain|pressure|tight\w*|hurts?)|short(?:ness)? of breath|confus\w*|numb\w*|weak\w*|nosebleed|dolor de cabeza|(?:me|le) duele (?:mucho )?la cabeza|vista|vision|dolor (?:de|en el) pecho|confundid\w*|entumid\w*)`,
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
    ],
  },
  {
    id: 'limb-ischaemia',
    description:
      'A cast, splint or injured limb with cold, pale or blue fingers or toes, or that cannot be moved (circulation cut off)',
    patterns: [
      r`\b(?:cast|splint|brace|sling|yeso|ferula)\b${A(200)}\b(?<k>(?:fingers|toes|hand|foot|dedos|mano|pie)\b${S(30)}\b(?:white|pale|blue|purple|grey|gray|ice[- ]?cold|freezing|cold as ice|numb|blanc\w*|morad\w*|azul\w*|helad\w*|fri[oa]s?)\b|(?:can'?t|cannot|unable to|couldn'?t) (?:move|wiggle|feel|bend) (?:my |his |her |the )?(?:fingers|toes|them)|no (?:puedo|puede) mover (?:los|mis|sus) dedos|pain (?:is )?(?:insane|unbearable|out of control|getting worse|worse and worse))`,
      r`\b(?:fingers|toes|hand|foot)\b${S(30)}\b(?:white|pale|blue|purple|grey|gray) and (?:ice[- ]?cold|freezing|cold)\b${A(120)}\b(?:can'?t|cannot|unable to) (?:move|wiggle|feel)`,
    ],
  },
  {
    id: 'severe-skin-reaction',
    description:
      'A spreading rash with mouth or eye sores, blistering or peeling skin (Stevens-Johnson-like drug reaction)',
    patterns: [
      r`\b(?:rash|hives|red spots|spots|sarpullido|ronchas|erupcion|manchas)\b${A(200)}\b(?<k>(?:mouth|lips?|tongue|gums|throat) (?:\w+ ){0,2}(?:sores|ulcers|blisters|peeling|raw)|(?:sores|ulcers|blisters) (?:in|on|inside) (?:my|his|her|the) (?:mouth|lips|eyes|genitals|privates)|eyes? (?:are |is |feel |look )?(?:\w+ )?(?:burning|crusted|crusty|swollen shut)|skin (?:is )?(?:peeling|coming off|sloughing|falling off)|peeling (?:off )?in sheets|blisters? (?:all over|everywhere|spreading)|llagas en (?:la boca|los labios)|ampollas (?:en|por) todo|(?:los )?ojos (?:me |le )?(?:arden|ardiendo)|la piel se (?:me |le )?(?:esta )?(?:pelando|cayendo))`,
      r`\b(?:stevens[- ]johnson|sjs\b|toxic epidermal|\bten\b reaction|dress syndrome)`,
    ],
  },
  {
    id: 'infant-dehydration',
    description: 'A baby or small child with vomiting or diarrhoea and signs of dehydration',
    patterns: [
      r`\b(?:no|hasn'?t had a|hasn'?t had any|not had a|not one) wet diapers?\b${S(40)}\b(?:in|for|since) (?:\d{1,2}|eight|nine|ten|twelve|all day|all night|hours|the whole day|since)`,
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
      r`\b(?:stuck|poked|pricked|stabbed|jabbed|cut) (?:myself |\w+ )?(?:with|by|on) (?:a |an |the )?(?:used|dirty|contaminated|patient'?s|resident'?s|client'?s|discarded|old)? ?(?:needle|syringe|lancet|sharps?|insulin needle)\b`,
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
    ],
    notNear: r`\b(?:panic|anxiety) attacks?\b|\bataques? de (?:panico|ansiedad)\b`,
  },
];
