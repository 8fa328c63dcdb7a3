import { describe, expect, it } from 'vitest';
import { createRedFlagEngine, explainRedFlags } from '#core/redflags/engine.ts';
import { RED_FLAG_RULES } from '#core/redflags/rules.ts';

const engine = createRedFlagEngine();
const rulesHit = (text: string) => engine.scan(text).map((h) => h.rule);

/** For every rule: what it catches, an English and a Spanish positive, a negated and a historical counterpart. */
interface RuleCase {
  rule: string;
  what: string;
  en: string;
  es?: string;
  negated: string;
  historical: string;
}

const CASES: RuleCase[] = [
  {
    rule: 'chest-pain',
    what: 'crushing chest pressure',
    en: 'Since lunch there is a crushing pressure in my chest and my left arm feels heavy.',
    es: 'Tengo una presión fuerte en el pecho desde hace una hora.',
    negated: 'No chest pain at all, just a sore knee from gardening.',
    historical: 'I had chest pain back in 2015 and the stress test was normal; I need a copy of that report.',
  },
  {
    rule: 'breathing',
    what: 'trouble breathing',
    en: 'My son is struggling to breathe and his lips look a little blue.',
    es: 'Mi papá no puede respirar bien desde anoche.',
    negated: 'I have a cough but no shortness of breath.',
    historical: 'I was short of breath a few years ago when I had pneumonia; now I just want the vaccine.',
  },
  {
    rule: 'stroke',
    what: 'a drooping face and slurred speech',
    en: 'My aunt’s face is drooping on the left and her speech is slurred.',
    es: 'A mi abuelo se le cayó la cara de un lado y habla raro.',
    negated: 'No slurred speech or weakness, just a mild tension headache.',
    historical: 'My father had a stroke in 2012 and he needs a new walker prescription.',
  },
  {
    rule: 'suicidal-thoughts',
    what: 'a plan to end one’s life',
    en: 'I have been thinking I want to end my life and I have the pills ready.',
    es: 'Ya no quiero vivir, pienso en quitarme la vida.',
    negated: 'I am not suicidal, I just need the sleep clinic number.',
    historical: 'I was suicidal as a teenager, and my new therapist wants my old records.',
  },
  {
    rule: 'homicidal-thoughts',
    what: 'a threat to kill another person',
    en: 'My brother keeps saying he is going to kill his boss tomorrow.',
    es: 'Mi vecino dice que quiere matar a su esposa.',
    negated: 'I have never had thoughts of hurting my husband; the form asks, so I am answering.',
    historical: 'Years ago, when I was a teen, I had homicidal thoughts; I am asking for my psych records.',
  },
  {
    rule: 'overdose',
    what: 'too many pills swallowed',
    en: 'My roommate took like 30 of her sleeping pills an hour ago.',
    es: 'Mi hija se tomó muchas pastillas de su abuela.',
    negated: 'He did not overdose, he only took his normal dose twice.',
    historical: 'She had an overdose in 2018 and has been clean since; she needs a dentist referral.',
  },
  {
    rule: 'severe-bleeding',
    what: 'bleeding that will not stop',
    en: 'My cut has been bleeding for an hour and it won’t stop even with pressure.',
    es: 'Mi esposo está sangrando mucho de la pierna.',
    negated: 'The scrape is healing, no bleeding that won’t stop, just a little crust.',
    historical: 'I vomited blood years ago from an ulcer; the new GI wants the scope report.',
  },
  {
    rule: 'anaphylaxis',
    what: 'a swelling throat',
    en: 'After the shrimp my throat is swelling and it is hard to swallow.',
    es: 'Se me está hinchando la lengua después de la pastilla nueva.',
    negated: 'The rash itches but no throat swelling and I breathe fine.',
    historical: 'I had anaphylaxis to peanuts as a child; please renew my EpiPen prescription.',
  },
  {
    rule: 'fainting-unresponsive',
    what: 'someone who passed out',
    en: 'My grandmother passed out in the kitchen and is hard to wake.',
    es: 'Mi esposa se desmayó en la tienda hace diez minutos.',
    negated: 'I felt dizzy but never passed out.',
    historical: 'He had a seizure when he was 4 and none since; the school needs a health form.',
  },
  {
    rule: 'infant-fever',
    what: 'fever in a newborn',
    en: 'Our 3 week old has a temp of 100.8 rectal tonight.',
    es: 'Mi bebé de dos semanas tiene fiebre de 38.3.',
    negated: 'Our 6 week old is fussy but has no fever.',
    historical: 'When she was 2 weeks old she had a fever and was admitted; she is 3 now and needs her checkup.',
  },
  {
    rule: 'pregnancy-emergency',
    what: 'bleeding in pregnancy',
    en: 'I am 30 weeks pregnant and I am bleeding bright red.',
    es: 'Estoy embarazada de 20 semanas y tengo sangrado.',
    negated: 'I am 14 weeks pregnant, no bleeding or cramping, just want the glucose test date.',
    historical: 'I had bleeding in my last pregnancy two years ago; now I want to book my first OB visit.',
  },
  {
    rule: 'worst-headache',
    what: 'a thunderclap headache',
    en: 'I suddenly got the worst headache of my life about 20 minutes ago.',
    es: 'Tengo el peor dolor de cabeza de mi vida.',
    negated: 'I have a mild headache, nothing like the worst headache of my life, can I take Tylenol?',
    historical:
      'Back in 2016 I had the worst headache of my life and it was an aneurysm; I need my yearly scan ordered.',
  },
  {
    rule: 'meningitis-signs',
    what: 'fever with a stiff neck',
    en: 'My daughter has a fever of 102 and a stiff neck.',
    es: 'Mi hijo tiene fiebre y el cuello rígido.',
    negated: 'Stiff neck from the gym, no fever.',
    historical: 'I had meningitis as a kid with fever and a stiff neck; the college wants my vaccine record.',
  },
  {
    rule: 'severe-abdominal-pain',
    what: 'unbearable belly pain',
    en: 'The pain in my belly is unbearable and I keep throwing up.',
    es: 'Tengo un dolor muy fuerte en el estómago y no puedo caminar.',
    negated: 'No belly pain, the nausea is just from the new metformin.',
    historical: 'Last year I had excruciating stomach pain from gallstones; I want the surgeon’s name for my sister.',
  },
  {
    rule: 'testicular-pain',
    what: 'sudden testicular pain',
    en: 'My 14 year old has sudden severe pain in his testicle and threw up.',
    es: 'Mi hijo tiene un dolor muy fuerte en el testículo.',
    negated: 'No testicle pain or swelling, just a rash on his leg.',
    historical:
      'He had testicular torsion surgery two years ago with severe pain then; the sports form needs a signature.',
  },
  {
    rule: 'diabetic-emergency',
    what: 'very high sugar with vomiting',
    en: 'My sugar is 520 and I have been vomiting all morning.',
    es: 'Mi azúcar está en 480 y estoy vomitando.',
    negated: 'Sugar was 310 after cake but no vomiting, no confusion, feel fine.',
    historical: 'I had DKA in 2019; please send my insulin pen needles refill.',
  },
  {
    rule: 'head-injury',
    what: 'a fall on a blood thinner',
    en: 'My mom fell down the stairs and hit her head, she takes Eliquis.',
    es: 'Mi papá se cayó y se pegó en la cabeza, toma Xarelto.',
    negated: 'I take warfarin and have not had any falls; can I get my INR checked?',
    historical: 'I hit my head and passed out in a car crash in 2010; the new neurologist wants the records.',
  },
  {
    rule: 'spinal-injury',
    what: 'legs that cannot move after a fall',
    en: 'He fell off the roof and can’t move his legs.',
    es: 'Mi esposa se cayó y no puede mover las piernas.',
    negated: 'My back aches but I have no numbness and I can move my legs fine.',
    historical: 'After the accident in 2014 he couldn’t move his legs for weeks; now he needs a wheelchair form.',
  },
  {
    rule: 'confusion-acute',
    what: 'confusion with a fever',
    en: 'Grandpa has a fever and he is confused, he doesn’t know where he is.',
    es: 'Mi mamá tiene fiebre y está muy confundida.',
    negated: 'She has a fever but she is not confused, talking normally.',
    historical: 'He had a fever with confusion back in 2020 from a UTI; he needs a urology referral now.',
  },
  {
    rule: 'severe-burn',
    what: 'an extensive burn',
    en: 'I spilled boiling water on my leg and the skin is white and leathery.',
    es: 'Mi hijo tiene una quemadura grave en la mano.',
    negated: 'Small kitchen burn, no blisters, skin is just pink.',
    historical: 'I had third degree burns as a child and need the scar revision consult scheduled.',
  },
  {
    rule: 'abnormal-heart-rate',
    what: 'a racing pulse at rest',
    en: 'My heart is racing at 170 while I am lying on the couch.',
    es: 'Mi pulso está en 160 y estoy sentado.',
    negated: 'My pulse is not at 150 anymore, the watch was wrong.',
    historical: 'My heart rate was 180 during the episode years ago; the cardiologist wants the monitor report.',
  },
  {
    rule: 'fracture',
    what: 'a deformed limb or a hip fracture after a fall',
    en: 'Nana (83) tripped over the dog bowl, she can’t stand up and her right leg is turned outward.',
    es: 'Mi hijo se cayó del columpio y tiene el brazo chueco hacia afuera.',
    negated: 'My dad (79) slipped on the step but he can walk fine and nothing looks out of place.',
    historical: 'Years ago my mother (88) fell and couldn’t stand, it was her hip; now she needs a walker form.',
  },
  {
    rule: 'hypertensive-crisis',
    what: 'a very high blood pressure with symptoms',
    en: 'My blood pressure is 212/128 and I have a headache and my vision is blurry.',
    es: 'Mi presión está en 195/125 y tengo dolor de cabeza muy fuerte.',
    negated: 'BP was 184/96 this morning, no headache, no chest pain, no vision problems.',
    historical: 'In 2020 my BP was 220/130 with a headache and I was admitted; I need the discharge summary.',
  },
  {
    rule: 'emergency-self-report',
    what: 'someone saying they are dying',
    en: 'Please help, I think I’m dying, everything is spinning.',
    es: 'Siento que me muero, ayúdenme.',
    negated: 'I am not dying, I just feel like garbage with this cold.',
    historical: 'In 2019 I felt like I was dying and ended up in the ICU; my lawyer needs the records.',
  },
  {
    rule: 'sepsis-signs',
    what: 'fever with shaking chills after surgery',
    en: 'My dad had his knee replaced Friday and tonight his temp is 102.8 and he is shivering nonstop.',
    es: 'A mi esposa la operaron del apéndice el martes y ahora tiene fiebre de 39.5 y escalofríos.',
    negated: 'Had my hernia surgery Monday, no fever, no chills, the incision looks clean.',
    historical: 'In 2019 after my hip surgery I had a fever of 103 and shaking chills; the surgeon wants those notes.',
  },
  {
    rule: 'limb-ischaemia',
    what: 'cold, pale fingers in a cast',
    en: 'My daughter’s wrist is in a cast since yesterday and now her fingers look blue and she can’t move them.',
    es: 'Le pusieron yeso a mi hijo y ahora tiene los dedos morados y fríos.',
    negated: 'The cast fits fine, her fingers are pink and warm, she can wiggle them.',
    historical: 'Back in 2017 my fingers went white in the cast and they had to split it; I need the ortho notes.',
  },
  {
    rule: 'severe-skin-reaction',
    what: 'a drug rash with mouth sores and burning eyes',
    en: 'Since the new seizure pill I have a rash spreading over my chest, sores inside my mouth and my eyes are burning.',
    es: 'Le salió un sarpullido después del antibiótico, tiene llagas en la boca y le arden los ojos.',
    negated: 'A small itchy rash on my wrist, no sores in my mouth, eyes are fine.',
    historical:
      'In 2015 I had a rash with mouth sores from Bactrim and ended up in the hospital; please list it as an allergy.',
  },
  {
    rule: 'infant-dehydration',
    what: 'a baby with diarrhoea and no wet diapers',
    en: 'My 7 month old has had diarrhea all day and there has been no wet diaper in 9 hours.',
    es: 'Mi bebé tiene diarrea y vómito y no ha mojado pañal desde la mañana, llora sin lágrimas.',
    negated: 'He had loose stools this morning but plenty of wet diapers and he is drinking well.',
    historical:
      'Last year she was admitted for dehydration after a stomach bug; is the rotavirus vaccine still needed?',
  },
  {
    rule: 'needlestick-exposure',
    what: 'a needlestick at work',
    en: 'I work at a dialysis center and got stuck with a used needle from a patient an hour ago.',
    es: 'Me piqué con una aguja usada limpiando un cuarto del hospital hoy.',
    negated: 'Nobody got stuck with anything, I just need sharps containers for my insulin needles.',
    historical: 'I had a needlestick back in 2019 and all the follow-up tests were negative; I need those records.',
  },
  {
    rule: 'pulmonary-embolism',
    what: 'a swollen calf then sudden breathlessness',
    en: 'My left calf has been swollen and sore since my flight, and today I suddenly can’t catch my breath.',
    es: 'Tengo la pantorrilla hinchada y caliente y ahora me falta el aire.',
    negated: 'My calf is swollen from the sprain but I am not short of breath and have no chest pain.',
    historical:
      'In 2019 my calf was swollen and I was short of breath; it was a clot and I finished the blood thinner.',
  },
  {
    rule: 'heat-stroke',
    what: 'overheating with confusion and no sweat',
    en: 'He was roofing all afternoon in the sun, now he stopped sweating, his skin is hot and he is confused.',
    es: 'Estuvo en el carro sin aire dos horas, ya no suda, está muy caliente y no me reconoce.',
    negated: 'I worked outside all day but I am sweating normally, not confused, just tired and thirsty.',
    historical:
      'Last summer he stopped sweating and got confused at the ballpark; that was heat stroke. He is fine now.',
  },
  {
    rule: 'major-trauma',
    what: 'a fall from a height, then pallor and worsening pain',
    en: 'My husband fell off the roof an hour ago, says he is fine but he is pale and sweaty and his belly hurts.',
    es: 'Mi hijo se cayó del árbol y ahora está pálido y le duele mucho la barriga.',
    negated: 'He fell off the ladder but he is not pale, not dizzy, and only scraped his elbow.',
    historical:
      'In 2015 I fell off a roof and was pale and dizzy from a ruptured spleen; I need those records for a form.',
  },
  {
    rule: 'alcohol-withdrawal',
    what: 'withdrawal with shakes and hallucinations',
    en: 'I quit drinking cold turkey on Friday and now I am shaking all over and seeing spiders on the ceiling.',
    es: 'Dejé de tomar hace dos días y estoy temblando mucho y veo bichos en la pared.',
    negated: 'I stopped drinking and I have no shakes, no hallucinations, sleeping fine; can we talk about naltrexone?',
    historical: 'When I quit drinking in 2017 I had a seizure in detox; I want that noted before my surgery.',
  },
];

describe('red-flag rules: one positive, negated and historical example per rule', () => {
  it('escalates severe right-sided belly pain described as "el costado" with fever and vomiting', () => {
    expect(rulesHit('Me dio un dolor muy fuerte en el costado derecho abajo, tengo calentura y vomité.')).toContain(
      'severe-abdominal-pain',
    );
    expect(rulesHit('Tengo un dolorcito en el costado cuando toso, sin fiebre.')).toEqual([]);
  });

  it('covers every rule id with a case', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(RED_FLAG_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const c of CASES) {
    describe(c.rule, () => {
      it(`escalates ${c.what} written in English`, () => {
        expect(rulesHit(c.en)).toContain(c.rule);
      });
      if (c.es) {
        const es = c.es;
        it(`escalates ${c.what} written in Spanish`, () => {
          expect(rulesHit(es)).toContain(c.rule);
        });
      }
      it(`does not escalate when ${c.what} is negated`, () => {
        expect(rulesHit(c.negated)).toEqual([]);
      });
      it(`does not escalate when ${c.what} is in the past`, () => {
        expect(rulesHit(c.historical)).toEqual([]);
      });
    });
  }
});

describe('hits', () => {
  it('names the rule and gives offsets into the original text', () => {
    const text = 'Hello Dr. Ames —\nMy HUSBAND’s chest feels tight and heavy since 6am.';
    const hits = engine.scan(text);
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit?.rule).toBe('chest-pain');
    expect(text.slice(hit?.start, hit?.end)).toBe('chest feels tight');
  });

  it('keeps offsets right after accented characters and typo corrections', () => {
    const text = 'Señora García dice: mi chset duele mucho';
    const [hit] = engine.scan(`${text}, chset pain`);
    expect(hit?.rule).toBe('chest-pain');
    expect(`${text}, chset pain`.slice(hit?.start, hit?.end)).toBe('chset pain');
  });

  it('reports one hit per rule even when a rule matches several times', () => {
    const hits = engine.scan('chest pain, chest pressure, chest tightness');
    expect(hits.map((h) => h.rule)).toEqual(['chest-pain']);
  });

  it('explains why a match was discounted', () => {
    const reasons = explainRedFlags('No chest pain. My dog had a seizure.').map((m) => m.discounted);
    expect(reasons).toEqual(['negated', 'animal']);
  });
});

describe('context', () => {
  it('escalates chest pressure described by a spouse', () => {
    expect(rulesHit('My wife says her chest pressure started an hour ago and she is clammy.')).toContain('chest-pain');
  });

  it('escalates a third party’s symptoms reported by a caregiver', () => {
    expect(rulesHit('Writing for my neighbour: he can’t breathe and his lips are turning blue.')).toContain(
      'breathing',
    );
  });

  it('scopes negation to its clause: "no fever but chest pain" escalates', () => {
    expect(rulesHit('No fever but chest pain since this morning.')).toContain('chest-pain');
  });

  it('does not treat uncertainty as negation: "not sure if this is chest pain" escalates', () => {
    expect(rulesHit('Not sure if this is chest pain or just gas, it comes and goes.')).toContain('chest-pain');
  });

  it('stops a negation at a new subject ("no cough, my chest hurts")', () => {
    expect(rulesHit('No cough, my chest hurts a lot right now.')).toContain('chest-pain');
  });

  it('does not escalate a dog’s seizure', () => {
    expect(rulesHit('My dog had a seizure this morning, the vet saw him.')).toEqual([]);
  });

  it('escalates a child bitten by a dog who is bleeding heavily', () => {
    expect(rulesHit('The neighbour’s dog bit my son and his arm is bleeding a lot and won’t stop.')).toContain(
      'severe-bleeding',
    );
  });

  it('does not escalate heat stroke, a stroke of luck or "give me a stroke"', () => {
    expect(rulesHit('I had heat stroke at the fair.')).toEqual([]);
    expect(rulesHit('What a stroke of luck that you had an opening.')).toEqual([]);
    expect(rulesHit('This bill is going to give me a stroke.')).toEqual([]);
  });

  it('does not escalate figures of speech about heart attacks or dying', () => {
    expect(rulesHit('I nearly had a heart attack when I saw the copay.')).toEqual([]);
    expect(rulesHit('Casi me da un infarto con la factura.')).toEqual([]);
    expect(rulesHit('I’m dying to know my cholesterol results.')).toEqual([]);
  });

  it('does not escalate chronic-condition mentions such as seizure meds or a Narcan refill', () => {
    expect(rulesHit('Please refill my seizure meds, I have been seizure-free for a year.')).toEqual([]);
    expect(rulesHit('Can I get a Narcan refill for my first aid kit?')).toEqual([]);
    expect(rulesHit('Is there something else I can take for my seizures? The Keppra makes me moody.')).toEqual([]);
  });

  it('does not escalate a dated past event even when "now" appears later', () => {
    expect(rulesHit('He had a stroke in 2021 and I manage his appointments now.')).toEqual([]);
  });

  it('escalates a current event that resembles a past one', () => {
    expect(
      rulesHit(
        'Kidney stone like the one I had in 2018. But this time the pain in my flank is 10/10 and I have a fever.',
      ),
    ).toContain('severe-abdominal-pain');
  });

  it('does not escalate general questions', () => {
    expect(rulesHit('Is it possible to overdose on melatonin?')).toEqual([]);
    expect(rulesHit('What are the warning signs of a stroke?')).toEqual([]);
  });

  it('does not escalate a negation written after the symptom in Spanish', () => {
    expect(rulesHit('Dolor de pecho no tengo, solo cansancio.')).toEqual([]);
  });

  it('does not read a fall asleep or the autumn as a fall on a blood thinner', () => {
    expect(rulesHit('I am on Eliquis and can’t fall asleep.')).toEqual([]);
    expect(rulesHit('I started Xarelto last fall and need a refill.')).toEqual([]);
  });
});

describe('jokes, education and disowned dreams', () => {
  it('does not escalate a symptom taken back as a joke', () => {
    expect(rulesHit('test message: my chest hurts (jk it doesn’t), where do I update my address?')).toEqual([]);
    expect(rulesHit('lol i could not breathe, the joke at the end of the visit was so good')).toEqual([]);
    expect(rulesHit('Mi hermana se quiere matar... de la risa con el meme.')).toEqual([]);
  });
  it('still escalates a symptom next to laughter without a joke', () => {
    expect(rulesHit('lol i cant breathe and my throat is closing up')).not.toEqual([]);
  });
  it('does not escalate a school project or a question about recognising signs', () => {
    expect(rulesHit('For my health class project on stroke recognition, what does FAST stand for?')).toEqual([]);
    expect(rulesHit('How do I recognize anaphylaxis in a child with a new peanut allergy?')).toEqual([]);
  });
  it('does not escalate a dream about harm that the writer disowns', () => {
    expect(rulesHit('Weird dreams on this med, in one I was about to hurt my boss. I would never do that.')).toEqual(
      [],
    );
  });
  it('does not escalate past events dated by month or school years', () => {
    expect(rulesHit('Please send the records of my heart attack in March 2021 to my insurer.')).toEqual([]);
    expect(rulesHit('Thank you for the care when I had chest pain last October.')).toEqual([]);
    expect(rulesHit('I passed out once in college when I saw a needle; can I lie down for the blood draw?')).toEqual(
      [],
    );
  });
});

describe('folding', () => {
  it('escalates despite typos in key words', () => {
    expect(rulesHit('im feeling sucidal tonight')).toContain('suicidal-thoughts');
    expect(rulesHit('her speach is slured and her face is droopy')).toContain('stroke');
    expect(rulesHit('my nose is bleding and it wont stop')).toContain('severe-bleeding');
  });

  it('escalates text with curly quotes and capitals', () => {
    expect(rulesHit('MY SON CAN’T BREATHE')).toContain('breathing');
    expect(rulesHit('He said “I want to die” last night')).toContain('suicidal-thoughts');
  });

  it('escalates Spanish without accents', () => {
    expect(rulesHit('mi mama se desmayo y no despierta')).toContain('fainting-unresponsive');
  });

  it('does not turn inflections into key words ("doing" is not "dying")', () => {
    expect(rulesHit('She’s doing well on the new dose, please renew it.')).toEqual([]);
  });
});

describe('phrasing families', () => {
  const FAMILIES: { name: string; rule: string; positive: string[]; negated: string[]; historical: string[] }[] = [
    {
      name: 'pre-eclampsia signs in pregnancy or after birth',
      rule: 'pregnancy-emergency',
      positive: [
        'I am 35 weeks and since lunch my face and hands are puffy and I have a pounding headache.',
        'pregnant 31 wks, seeing sparkles in my vision, home bp 166/104',
        'At my 37 week appointment tomorrow? I have a terrible headache that Tylenol is not helping.',
        'Gave birth 9 days ago and now I have a splitting headache and blurry vision.',
        'Tengo 33 semanas de embarazo, me duele muchísimo la cabeza y veo puntitos.',
        'Mi nuera está embarazada, tiene las manos y la cara muy hinchadas y la presión en 162/112.',
        'Di a luz hace diez días y tengo un dolor de cabeza muy fuerte que no se quita.',
      ],
      negated: [
        'I am 26 weeks pregnant, no headache and no vision changes, only my feet swell by evening.',
        'Estoy embarazada de 20 semanas, no tengo dolor de cabeza ni veo lucecitas, solo quiero mi cita.',
      ],
      historical: [
        'In my first pregnancy in 2017 I had a severe headache and pre-eclampsia; now I am planning another baby.',
      ],
    },
    {
      name: 'a deformed or hip fracture after a fall',
      rule: 'fracture',
      positive: [
        'Grandad (86) fell in the hallway, he cannot get up and his left leg looks shorter.',
        'My daughter fell off the trampoline and her wrist is bent the wrong way.',
        'He fell from the ladder and there is a bone poking through the skin of his shin.',
        'Mi abuelo de 90 años se cayó y no se puede levantar, la pierna está volteada hacia afuera.',
        'Mom is 77, she slipped in the kitchen, her hip hurts and she cannot bear weight.',
      ],
      negated: ['Aunt Rosa (81) fell on the porch but she can stand and walk fine, no deformity, just a bruise.'],
      historical: ['Grandma (84) fell in 2021 and could not stand; she had a hip replacement and needs a PT form.'],
    },
    {
      name: 'a child’s head injury with vomiting or drowsiness',
      rule: 'head-injury',
      positive: [
        'My 5 year old banged head on the monkey bars and has vomited twice, now very sleepy.',
        'Our toddler fell off the bed and hit her head, and she is not acting like herself.',
        'Mi niña se dio un golpe fuerte en la cabeza y está vomitando y muy somnolienta.',
      ],
      negated: ['My son bumped his head at football, no vomiting, not sleepy, he is acting normal.'],
      historical: ['He hit his head and threw up when he was 6; the school wants a concussion history form.'],
    },
    {
      name: 'a negated phrase after an earlier negation',
      rule: 'suicidal-thoughts',
      positive: [
        'ya no puedo más con esto, no quiero seguir viviendo',
        'I can’t sleep, I don’t want to be alive anymore.',
        'No job, no money, I don’t want to live anymore.',
      ],
      negated: ['I never said I don’t want to live, I said I want to move out.'],
      historical: ['Years ago I told my therapist I didn’t want to live; I need those old notes for my lawyer.'],
    },
    {
      name: 'a plan to take a saved supply',
      rule: 'suicidal-thoughts',
      positive: [
        'I have been stockpiling my oxycodone and I am ready to take them all.',
        'Estoy pensando en tomarme todas las pastillas esta noche.',
        'Been hoarding my trazodone, tonight is the night, I just wanted someone to know.',
      ],
      negated: ['I am not planning to take them all at once, I only want to know the max dose of ibuprofen.'],
      historical: [
        'When I was a teen I was stockpiling pills to take them all; my new psychiatrist wants the records.',
      ],
    },
    {
      name: 'sudden one-sided weakness in Spanish',
      rule: 'stroke',
      positive: [
        'Mi tío de repente no puede mover la mano izquierda y no habla bien, se le cae la boca.',
        'Mi mamá no puede levantar el brazo derecho desde hace veinte minutos.',
      ],
      negated: ['Mi papá no tiene la boca caída ni debilidad, solo un dolor de cabeza leve.'],
      historical: ['A mi abuela se le cayó la cara de un lado en 2019; necesito su expediente.'],
    },
    {
      name: 'Spanish chest pain with cold sweat',
      rule: 'chest-pain',
      positive: ['A mi esposo le duele mucho el pecho y está sudando frío desde hace veinte minutos.'],
      negated: ['No me duele el pecho, solo tengo tos con flema.'],
      historical: ['Hace dos años me dolía mucho el pecho y era gastritis; quiero una copia del estudio.'],
    },
    {
      name: 'a cut that spurts or will not stop',
      rule: 'severe-bleeding',
      positive: [
        'Sliced my thumb on a mandoline, it is spurting and it won’t stop with pressure.',
        'Se cortó el brazo con un vidrio y la herida sale a chorros.',
      ],
      negated: ['Small cut on my finger, not spurting, it stopped after a minute.'],
      historical: ['Last year I had a cut that was spurting and needed stitches; I need the tetanus record.'],
    },
    {
      name: 'an extensive scald in Spanish',
      rule: 'severe-burn',
      positive: ['A mi hija le cayó agua hirviendo en el brazo, tiene ampollas grandes y la piel se ve blanca.'],
      negated: ['Me quemé un dedo con la plancha, no tiene ampollas grandes, solo está rojo.'],
      historical: [
        'Cuando era niña me quemé con agua hirviendo y tuve ampollas grandes; quiero ver al cirujano plástico.',
      ],
    },
    {
      name: 'a mix of medicines swallowed',
      rule: 'overdose',
      positive: ['My brother took all his gabapentin and some of my Ambien an hour ago.'],
      negated: ['I did not take all my metformin and some of the glipizide at once, I took them hours apart.'],
      historical: [
        'In 2016 she took all her lithium and some of her mom’s pills; her new psychiatrist wants the chart.',
      ],
    },
    {
      name: 'fear of acting on thoughts of harm',
      rule: 'homicidal-thoughts',
      positive: ['Since the birth I keep having thoughts of harming the baby and I am afraid I will act on them.'],
      negated: ['I get intrusive worries but I am not afraid I will act on them; my therapist says they are OCD.'],
      historical: [
        'After my first son was born in 2018 I was scared I would act on those thoughts; I want a referral again.',
      ],
    },
    {
      name: 'a suicide plan in indirect words',
      rule: 'suicidal-thoughts',
      positive: [
        'I finished the letters for my children and my rifle is loaded in the truck. I just want it all to be over.',
        'there is a plan and a date now. please just make sure my brother is not the one who finds me',
        'I really do not want my sister to be the one to find me.',
        'Ya escribí unas cartas a mis hijos y ya tengo la pistola. Quiero que todo se acabe.',
      ],
      negated: ['I wrote thank-you cards to my nieces and I have a plan for the holidays, all good.'],
      historical: [
        'In 2015 I wrote goodbye letters to my kids and had the rope ready; I am stable now and need a refill.',
      ],
    },
    {
      name: 'a wish about dying one day, not now',
      rule: 'suicidal-thoughts',
      positive: ['My uncle says he wants to die tonight and has his pills out.'],
      negated: ['Grandma says she wants to die in her own bed when her time comes; can we talk about hospice papers?'],
      historical: [],
    },
    {
      name: 'a transient arm weakness or thick speech (TIA)',
      rule: 'stroke',
      positive: [
        'My wife said I sounded drunk on the phone and my arm went weak and heavy for ten minutes, now it is fine.',
        'Se me puso la mano dormida y pesada por un rato y luego se me quitó.',
      ],
      negated: ['My arm is not numb or heavy, just sore from the flu shot.'],
      historical: ['Years ago my leg went numb and heavy during a TIA; the neurologist wants old records.'],
    },
    {
      name: 'reduced fetal movement',
      rule: 'pregnancy-emergency',
      positive: [
        'I am 35 weeks and I have not felt my baby kick since last night.',
        'Estoy de 30 semanas y ya no siento a mi niña moverse como antes.',
      ],
      negated: ['34 weeks pregnant and baby is kicking like crazy, just a question about the glucose test.'],
      historical: ['With my first pregnancy in 2019 the baby was moving less and I was induced; no issues now.'],
    },
    {
      name: 'unequal pupils after a knock or with confusion',
      rule: 'head-injury',
      positive: [
        'My son got tackled hard at rugby, his head hurts and one pupil looks bigger than the other.',
        'Mi hija se pegó y ahora tiene una pupila más grande que la otra.',
      ],
      negated: ['He bumped his head, pupils are equal, no vomiting, acting normal.'],
      historical: ['When he was 5 he hit his head and one pupil was bigger for a day; I want that chart note.'],
    },
    {
      name: 'thirst, much urine and vomiting or deep breathing (ketoacidosis)',
      rule: 'diabetic-emergency',
      positive: [
        'My teen is so thirsty, peeing every half hour, and now throwing up and breathing really fast.',
        'Mi mamá tiene mucha sed, orina a cada rato y ahora está vomitando y confundida.',
        'I take Jardiance, I have been vomiting all day and now I am confused, my sugar is only 140.',
      ],
      negated: ['I am not thirsty and not peeing a lot, no vomiting, just checking my A1c results.'],
      historical: ['In 2018 I was so thirsty and peeing constantly and vomiting, that was my DKA diagnosis.'],
    },
    {
      name: 'a thunderclap headache in Spanish',
      rule: 'worst-headache',
      positive: ['Me duele la cabeza como nunca, me empezó de golpe hace una hora.'],
      negated: ['No me duele la cabeza como nunca, es el dolor de siempre de la migraña.'],
      historical: ['Hace dos años me dolió la cabeza como nunca y era un aneurisma; necesito el expediente.'],
    },
    {
      name: 'loss of bladder control with back pain or saddle numbness',
      rule: 'spinal-injury',
      positive: [
        'My back is killing me and since this morning I can’t control my bladder.',
        'Tengo las nalgas entumidas y no puedo controlar la orina.',
      ],
      negated: ['Back pain again, but I can control my bladder fine and nothing is numb.'],
      historical: ['In 2016 I had back surgery because I couldn’t control my bladder; I need the op report.'],
    },
    {
      name: 'a crooked limb or spurting blood in Spanish',
      rule: 'fracture',
      positive: ['Se cayó de la bici y el brazo le quedó chueco para un lado.'],
      negated: ['Se cayó pero el brazo no está chueco ni hinchado, solo raspado.'],
      historical: ['Hace cinco años se me quedó la pierna volteada para un lado en un accidente; ya sanó.'],
    },
    {
      name: 'blood that spurts or keeps soaking through',
      rule: 'severe-bleeding',
      positive: [
        'Me corté con el machete y la sangre sale a chorros.',
        'He cut his leg on the fence, I wrapped a towel around it and it keeps soaking through.',
      ],
      negated: ['The cut is small, no blood is soaking through the bandage.'],
      historical: ['We gave a lot of blood at the blood drive Saturday; can we skip the lab work?'],
    },
    {
      name: 'coming over faint',
      rule: 'fainting-unresponsive',
      positive: ['While hanging laundry I came over all faint and had to sit on the grass.'],
      negated: ['I did not come over faint, just a bit tired after the walk.'],
      historical: ['I fainted at my cousin’s wedding in August 2021; the cardiologist wants the ER notes.'],
    },
  ];

  for (const f of FAMILIES) {
    describe(f.name, () => {
      for (const t of f.positive) it(`escalates: ${t}`, () => expect(rulesHit(t)).toContain(f.rule));
      for (const t of f.negated) it(`does not escalate when negated: ${t}`, () => expect(rulesHit(t)).toEqual([]));
      for (const t of f.historical)
        it(`does not escalate when in the past: ${t}`, () => expect(rulesHit(t)).toEqual([]));
    });
  }
});

describe('indirect farewells and look-alikes', () => {
  it('escalates two farewell signs together, in English and Spanish', () => {
    expect(rulesHit('Please cancel my appointments, I won’t be needing them. I’ve made my peace.')).toContain(
      'suicidal-thoughts',
    );
    expect(rulesHit('Quiero despedirme de la doctora. Ya dejé todo arreglado. No me busquen.')).toContain(
      'suicidal-thoughts',
    );
    expect(rulesHit('He says he doesn’t see the point anymore and that he’s sorry for everything.')).toContain(
      'suicidal-thoughts',
    );
  });

  it('does not escalate one ordinary farewell phrase alone ("thank you for trying")', () => {
    expect(rulesHit('Thank you for trying to fit me in last week, I found another time.')).toEqual([]);
    expect(rulesHit('Please cancel my appointment, I won’t be needing it: I am moving to Ohio.')).toEqual([]);
  });

  it('reads a quoted "ending it" as a suicidal thought', () => {
    expect(rulesHit("Dad told me he has been thinking about 'ending it' since Mom passed.")).toContain(
      'suicidal-thoughts',
    );
  });

  it('escalates a child who swallowed someone else’s pills, not a child who took his own', () => {
    expect(rulesHit('My 2 year old got into the purse and swallowed some of grandma’s pills.')).toContain('overdose');
    expect(rulesHit('My son ate lunch and then took his pills like always.')).toEqual([]);
  });

  it('escalates a hand crushed in farm machinery', () => {
    expect(rulesHit('Husband crushed his hand in the baler and it is bleeding through the rag.')).toContain('fracture');
  });

  it('escalates a person bitten by an animal, not an animal that is bleeding', () => {
    expect(rulesHit('A mi hija la mordió el perro en la cara y no para de sangrar.')).toContain('severe-bleeding');
    expect(rulesHit('My dog cut his paw and it will not stop bleeding.')).toEqual([]);
  });

  it('does not escalate idioms, causal questions, indications and landmarks', () => {
    expect(rulesHit('Esta cuenta me va a matar, $870 por una consulta.')).toEqual([]);
    expect(rulesHit('I about had a heart attack when I opened the bill.')).toEqual([]);
    expect(rulesHit('I passed out laughing at your hold music.')).toEqual([]);
    expect(rulesHit('My sister says I’m killing myself with all the soda.')).toEqual([]);
    expect(rulesHit('Can energy drinks cause a heart attack? He is fine, just curious.')).toEqual([]);
    expect(rulesHit('I take lamotrigine for seizures; can I use Plan B with it?')).toEqual([]);
    expect(rulesHit('Please update my address, I moved after my stroke to be near my daughter.')).toEqual([]);
    expect(rulesHit('The MRI was for numbness in my toes, nothing to do with stroke.')).toEqual([]);
  });

  it('still escalates current signs that follow a landmark ("after my c-section … pus, fever of 102")', () => {
    expect(
      rulesHit(
        'Is it normal after my c-section last week to have the incision leaking pus, fever of 102 and shaking chills?',
      ),
    ).toContain('sepsis-signs');
  });

  it('does not read a normal temperature as an infant fever, but does a high one', () => {
    expect(rulesHit('My 2 month old got her shots today and her temp is 99.5 rectal.')).toEqual([]);
    expect(rulesHit('5 wk old, temp 37.6 rectal, hiccups a lot.')).toEqual([]);
    expect(rulesHit('My 5 week old has a temp of 100.8 rectal.')).toContain('infant-fever');
  });
});

/** Emergencies told in a writer's own words must escalate under their rule; their look-alikes must not. */
function expectWordings(cases: [rule: string, text: string][], lookAlikes: string[]): void {
  for (const [rule, text] of cases) it(`escalates (${rule}): ${text}`, () => expect(rulesHit(text)).toContain(rule));
  for (const text of lookAlikes) it(`does not escalate: ${text}`, () => expect(rulesHit(text)).toEqual([]));
}

describe('emergencies described without their names', () => {
  const CASES: [string, string][] = [
    ['chest-pain', 'Feels like a cinder block is sitting on my chest and I am drenched.'],
    ['chest-pain', 'Mom says it feels like a horse is standing on her and she is sweating.'],
    ['chest-pain', 'Sudden ripping pain in my chest that goes right through to my back.'],
    ['chest-pain', 'my hart hurts bad and it goes down my arm'],
    ['stroke', 'Half his face is not moving and he keeps drooling on one side.'],
    ['stroke', 'Grandma is acting drunk but she never touches alcohol, and her words come out scrambled.'],
    ['stroke', 'His left leg is weak and the arm on the same side is numb too.'],
    ['fainting-unresponsive', 'He was shaking all over on the kitchen floor for about 3 minutes and now he is groggy.'],
    ['fainting-unresponsive', 'I woke up on the bathroom floor, no idea how long I was down.'],
    ['breathing', 'She can only say two words at a time between breaths.'],
    ['breathing', 'Used my albuterol 8 times since midnight, it barely helps.'],
    ['breathing', 'My calf has been swollen and sore for days and now I can’t catch my breath.'],
    ['suicidal-thoughts', 'I have the pills saved up and I counted them out tonight.'],
    ['suicidal-thoughts', 'I keep looking up how many of my sleeping pills it would take.'],
    ['suicidal-thoughts', 'Sitting in the garage with the engine running again.'],
    ['suicidal-thoughts', 'I am not safe tonight.'],
    ['suicidal-thoughts', 'Ya no aguanto, quiero desaparecer para siempre.'],
    ['homicidal-thoughts', 'The voices are telling me to hurt my neighbour and I think I might.'],
    ['homicidal-thoughts', 'My boyfriend says he is going to kill me tonight and he has a knife.'],
    ['overdose', 'She swallowed a whole week’s worth of her heart pills this morning.'],
    ['overdose', 'Took my husband’s pills by mistake, now my heart feels slow and I am dizzy.'],
    ['overdose', 'Mi hijo de 2 años se tomó unas pastillas de su abuelo.'],
    ['overdose', 'My 3 year old found grandpa’s pill organizer and some of the tablets are missing.'],
    ['overdose', 'He gave himself way too much insulin and is sweaty and confused.'],
    ['severe-bleeding', 'Nosebleed going on for over an hour, I am on warfarin.'],
    ['severe-bleeding', 'Soaked through three towels already from the cut on his arm.'],
    ['pregnancy-emergency', 'Soaked 3 pads in 2 hours and cramping bad, I am 10 weeks pregnant.'],
    ['pregnancy-emergency', 'Headache that won’t quit and things look blurry, I’m 36 wks.'],
    ['diabetic-emergency', 'Dad is mumbling and sweaty, his meter says 41.'],
    ['anaphylaxis', 'Started the new antibiotic and my tongue feels so thick I can barely talk.'],
    ['severe-skin-reaction', 'Me salieron ampollas en la boca y la piel se me está pelando, tengo fiebre.'],
    ['spinal-injury', 'Se cayó del techo y no se puede mover las piernas.'],
    ['fracture', 'Se cayó en el baño y no se puede levantar, le duele la cadera.'],
    ['sepsis-signs', 'The redness around the bite is spreading fast, already past the line I drew.'],
    ['worst-headache', 'Headache came on in one second like a light switch, never had anything like it.'],
  ];

  const LOOK_ALIKES = [
    'My 7 year old says her heart hurts since her grandpa died; can you recommend a counselor?',
    'Gonna kill my brother, he used my card again lol. How do I get a new insurance card?',
    '¿Qué hago si me da dolor de pecho en el rancho? Ahorita estoy bien.',
    'I fell in the yard yesterday, just a scrape, and I am not on any blood thinners.',
    'BP was 184/96 this morning with a little headache, no chest pain, vision fine.',
    'I get short of breath walking to the mailbox for the past two weeks, no chest pain.',
    'Our husky had a seizure this morning; do you know an emergency vet?',
    'I took all my pills this morning like always.',
    'My fingers go white and cold every winter and get numb, is that Raynaud’s?',
  ];
  expectWordings(CASES, LOOK_ALIKES);
});

describe('more emergencies in writers’ own words', () => {
  const CASES: [string, string][] = [
    ['chest-pain', 'He put his hand on his chest and sat down on the floor, he is sweaty and grey.'],
    ['chest-pain', 'Indigestion since breakfast, now radiating to her left jaw.'],
    ['stroke', 'Her face feels asleep on one side and when she talks it sounds wrong.'],
    ['stroke', 'The right hand is not working properly, cannot hold my phone.'],
    ['stroke', 'Se le cae la comida de la boca de un lado y no puede mover bien la pierna.'],
    ['suicidal-thoughts', 'I have been putting aside some of her morphine and I could take it all tonight.'],
    ['suicidal-thoughts', 'He sent me a picture of his will and said thanks for everything.'],
    ['overdose', 'Every slot in her pill organizer is empty and she is very sleepy.'],
    ['overdose', 'My daughter swallowed a battery from the car key.'],
    ['overdose', 'She is seeing yellow halos around the lights and vomiting.'],
    ['fainting-unresponsive', 'Her son has been seizing for over 10 minutes.'],
    ['fainting-unresponsive', 'He dropped like a rock and came to in about a minute.'],
    ['breathing', 'Coughing up pink foamy stuff and I can’t lie flat.'],
    ['pregnancy-emergency', 'Gave birth on Tuesday and now she changes the pad every 30 minutes.'],
    ['infant-dehydration', 'Son 6 week old. Not eat since morning. Diaper dry all day.'],
    ['severe-burn', 'She pulled boiling water onto her chest and arm, skin peeling off in sheets.'],
    ['sepsis-signs', 'Fever 103 with chills and she is so foggy she can’t follow a conversation.'],
    ['limb-ischaemia', 'The pain in my shin is way worse than it should be and my foot is going numb.'],
    ['emergency-self-report', 'We are on our way to the Mercy ER, he will not stop seizing.'],
    ['spinal-injury', 'He landed on his neck and now his hands are tingly.'],
  ];

  const LOOK_ALIKES = [
    'Chest pain gone. ER said muscle, EKG normal, I am fine now. I need a work note.',
    'My grandma wants to know: if she is having a stroke how would she know?',
    'If I ever cut myself badly on Eliquis, what should I do?',
    'I am going to KILL my pharmacy, they lost my prescription again.',
    'Mi hijo ya se curó de la quemadura, ya no le duele.',
    'Since last week I change my pad every 3 or 4 hours, is that too much?',
  ];
  expectWordings(CASES, LOOK_ALIKES);

  it('still escalates a follow-up whose trouble is back', () => {
    expect(rulesHit('The ER said it was muscle and it was gone, but now the chest pain is back and worse.')).toContain(
      'chest-pain',
    );
  });
});

describe('a third round of emergencies in writers’ own words', () => {
  const CASES: [string, string][] = [
    ['overdose', 'She took her whole week’s pill organizer this morning by mistake.'],
    ['overdose', 'Mi niña se tragó una de esas pilitas redondas del control.'],
    ['overdose', 'My 8 year old swallowed 3 of those tiny magnet balls.'],
    ['overdose', 'I think I gave myself my night insulin twice.'],
    ['overdose', 'A rattlesnake bit him on the ankle an hour ago and it is swelling.'],
    ['major-trauma', 'Got t-boned on the highway, walked away, but now my belly is swelling and I feel faint.'],
    ['stroke', 'Desde hace una hora no encuentra las palabras y se le cae el vaso de la mano izquierda.'],
    ['homicidal-thoughts', 'Mi pareja me dijo que cuando regrese del trabajo me va a matar.'],
    ['homicidal-thoughts', 'I keep hearing that I should drown him and it makes sense right now.'],
    ['homicidal-thoughts', 'He is going to pay for what he did. My rifle is in the truck.'],
    ['testicular-pain', 'Erection won’t go away for 5 hours now since the shot.'],
    ['sepsis-signs', 'Kidney transplant patient, temp 102.2 and chills.'],
    ['head-injury', 'My 4 month old rolled off the changing table and now she is really hard to keep awake.'],
    ['suicidal-thoughts', 'He messaged the family chat saying goodbye and turned his phone off.'],
  ];

  const LOOK_ALIKES = [
    'If my 9 yr old ever swallowed a button battery, what would we do?',
    'I overdosed on Netflix this weekend lol, can I reschedule?',
    'Hace 5 años tuve un infarto, ahora estoy muy bien. Necesito la receta.',
    'I dreamt I was having a stroke and woke up scared, everything works.',
    'What is the poison control number again, for the fridge?',
    'We tested the carbon monoxide detector and it beeped, battery was low, nobody is sick.',
    'Mi jefe me va a matar si falto otra vez.',
  ];
  expectWordings(CASES, LOOK_ALIKES);
});
