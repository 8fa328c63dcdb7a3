import { describe, expect, it } from 'vitest';
import { LocalRedactor } from '#adapters/local/redactor/index.ts';

const redactor = new LocalRedactor();

/** The redacted substrings of a message. */
const found = (text: string) => redactor.detectSync(text).map((s) => text.slice(s.start, s.end));
/** True when every character of `value` (ignoring spaces) is inside some span. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`"${value}" is not in the text`);
  const spans = redactor.detectSync(text);
  for (let i = at; i < at + value.length; i++) {
    if (/\s/.test(text[i] as string)) continue;
    if (!spans.some((s) => s.start <= i && s.end > i)) return false;
  }
  return true;
}
/** True when no character of `value` is inside a span. */
function kept(text: string, value: string): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`"${value}" is not in the text`);
  return !redactor.detectSync(text).some((s) => s.start < at + value.length && s.end > at);
}

describe('local redactor: names', () => {
  it('finds a name introduced in lower case', () => {
    const t = 'hi my name is rosalind ferreira and i need my refill';
    expect(covered(t, 'rosalind ferreira')).toBe(true);
  });
  it('finds names in an ALL-CAPS message', () => {
    const t = 'PLEASE CALL ME BACK ABOUT MY BILL. MY NAME IS GERTRUDE OKAFOR';
    expect(covered(t, 'GERTRUDE OKAFOR')).toBe(true);
  });
  it('keeps hyphenated and apostrophe names whole', () => {
    const t = 'Please update the chart for Anne-Sophie Delacroix-Moreau and her son Liam O’Donovan.';
    expect(covered(t, 'Anne-Sophie Delacroix-Moreau')).toBe(true);
    expect(covered(t, 'Liam O’Donovan')).toBe(true);
  });
  it('joins particles such as van, de la, bint and dela', () => {
    expect(covered('This is Pieter van der Berg calling about labs.', 'Pieter van der Berg')).toBe(true);
    expect(covered('My mother is Noura bint Khalid, she needs a visit.', 'Noura bint Khalid')).toBe(true);
    expect(covered('I am writing for my lola, Perlita dela Rosa, about her bill.', 'Perlita dela Rosa')).toBe(true);
  });
  it('reads names in any alphabet with diacritics', () => {
    const t = 'My grandfather Zbigniew Wróblewski and my aunt Nguyễn Thị Hạnh both need flu shots.';
    expect(covered(t, 'Zbigniew Wróblewski')).toBe(true);
    expect(covered(t, 'Nguyễn Thị Hạnh')).toBe(true);
  });
  it('finds the name after a title', () => {
    const t = 'Mrs. Abernethy asked me to ask Dr. Kowalczyk about the dose.';
    expect(covered(t, 'Abernethy')).toBe(true);
    expect(covered(t, 'Kowalczyk')).toBe(true);
  });
  it('finds sign-offs, with or without contact details after them', () => {
    expect(covered('Can someone call me back?\nThanks,\nDesmond Achterberg', 'Desmond Achterberg')).toBe(true);
    expect(covered('My inhaler ran out. Philippa Grunwald 503-555-0199', 'Philippa Grunwald')).toBe(true);
    expect(covered('need my refill pls - T.R.', 'T.R.')).toBe(true);
  });
  it('finds an initial before a surname', () => {
    expect(covered('Please renew the cream.\nK. Oyelaran', 'K. Oyelaran')).toBe(true);
  });
  it('finds Spanish introductions and relations', () => {
    const t = 'Buenas tardes, le escribe Rigoberto Almánzar. Mi esposa Xiomara necesita cita.';
    expect(covered(t, 'Rigoberto Almánzar')).toBe(true);
    expect(covered(t, 'Xiomara')).toBe(true);
  });
});

describe('local redactor: ages', () => {
  it('finds ages written in several ways', () => {
    expect(covered('My dad is 67 years old and dizzy.', '67')).toBe(true);
    expect(covered('Our baby is 4 months and has a rash.', '4')).toBe(true);
    expect(covered('tengo 58 años y me duele la rodilla', '58')).toBe(true);
  });
  it('finds an age after a name', () => {
    const t = 'Writing for my aunt, Philomena Castellucci, 84, who fell.';
    expect(covered(t, '84')).toBe(true);
  });
  it('finds ages over 89', () => {
    expect(covered('My grandmother is 96 and lives alone.', '96')).toBe(true);
    expect(covered('My grandfather (103) has a cough.', '103')).toBe(true);
  });
  it('does not take a pain score or a dose for an age', () => {
    const t = 'The pain is 8/10 and I took 400 mg of ibuprofen.';
    expect(found(t).some((v) => v.includes('400'))).toBe(false);
  });
});

describe('local redactor: dates', () => {
  it('finds numeric, written and ISO dates', () => {
    const t = 'Born 04/17/1962, seen on March 3rd, 2024 and again 2024-05-09.';
    expect(covered(t, '04/17/1962')).toBe(true);
    expect(covered(t, 'March 3rd, 2024')).toBe(true);
    expect(covered(t, '2024-05-09')).toBe(true);
  });
  it('finds day names and ordinals with their words', () => {
    const t = 'Can I move my visit from last Friday to the 22nd? Or Wednesday, June 4th works.';
    expect(covered(t, 'last Friday')).toBe(true);
    expect(covered(t, 'the 22nd')).toBe(true);
    expect(covered(t, 'Wednesday, June 4th')).toBe(true);
  });
  it('finds abbreviated day names in texting style', () => {
    expect(covered('can i come in wed or thurs morning', 'wed')).toBe(true);
  });
  it('finds Spanish dates', () => {
    const t = 'Mi cita es el 5 de mayo pero la cambiaron para el martes 12.';
    expect(covered(t, '5 de mayo')).toBe(true);
    expect(covered(t, 'martes 12')).toBe(true);
  });
  it('finds a birth date read out in words', () => {
    const t = 'my date of birth is July the ninth nineteen forty eight';
    expect(covered(t, 'July the ninth nineteen forty eight')).toBe(true);
  });
});

describe('local redactor: contact details and identifiers', () => {
  it('finds phone and fax numbers', () => {
    const t = 'Call me at (415) 555-0142 or fax 415.555.0177, or my UK line +44 20 7946 0958.';
    expect(covered(t, '(415) 555-0142')).toBe(true);
    expect(covered(t, '415.555.0177')).toBe(true);
    expect(covered(t, '+44 20 7946 0958')).toBe(true);
  });
  it('does not take 911 for a phone number', () => {
    expect(found('Should I call 911?')).toEqual([]);
  });
  it('finds e-mail addresses', () => {
    expect(covered('Reply to lorna.q.tremblay77@fastmail.net please', 'lorna.q.tremblay77@fastmail.net')).toBe(true);
  });
  it('finds URLs and IP addresses', () => {
    const t = 'The link https://portal.example.org/visit/88231 failed from 10.24.3.119';
    expect(covered(t, 'https://portal.example.org/visit/88231')).toBe(true);
    expect(covered(t, '10.24.3.119')).toBe(true);
  });
  it('finds labelled and unlabelled identifiers', () => {
    const t = 'MRN 55102938, member ID QXR448120913, and the claim CLM-2023-55781 was denied.';
    expect(covered(t, '55102938')).toBe(true);
    expect(covered(t, 'QXR448120913')).toBe(true);
    expect(covered(t, 'CLM-2023-55781')).toBe(true);
  });
  it('finds social security numbers and last four digits', () => {
    expect(covered('SSN 321-54-9876 on file', '321-54-9876')).toBe(true);
    expect(covered('the card ending in 4417 was charged twice', '4417')).toBe(true);
  });
  it('does not take a dose after a label word for an identifier', () => {
    const t = 'I need a prescription for 90 days of Lipitor 20 mg.';
    expect(kept(t, 'Lipitor')).toBe(true);
    expect(kept(t, '90 days')).toBe(true);
  });
});

describe('local redactor: addresses', () => {
  it('finds a full street address with unit, city, state and ZIP', () => {
    const t = 'Please mail it to 2719 Juniper Hollow Rd, Apt 5C, Marquette, MI 49855.';
    expect(covered(t, '2719 Juniper Hollow Rd, Apt 5C, Marquette, MI 49855')).toBe(true);
  });
  it('finds a pharmacy with its location, even in lower case', () => {
    expect(
      covered('send it to the Walgreens on Dellwood Ave in Brainerd please', 'Walgreens on Dellwood Ave in Brainerd'),
    ).toBe(true);
    expect(covered('pharmacy is cvs on elmhurst rd', 'cvs on elmhurst rd')).toBe(true);
  });
  it('finds named facilities', () => {
    const t = 'She had surgery at Lakeshore Valley Medical Center and now lives at Birchwood Care Home.';
    expect(covered(t, 'Lakeshore Valley Medical Center')).toBe(true);
    expect(covered(t, 'Birchwood Care Home')).toBe(true);
  });
  it('finds cities after a place word', () => {
    expect(covered('We just moved to Milwaukee last month.', 'Milwaukee')).toBe(true);
  });
  it('finds Spanish addresses', () => {
    expect(covered('Vivo en Calle de los Almendros 14, cerca del parque.', 'Calle de los Almendros 14')).toBe(true);
  });
  it('keeps generic places and departments', () => {
    const t = 'Should I go to the ER or urgent care, or wait for cardiology to call?';
    expect(kept(t, 'ER')).toBe(true);
    expect(kept(t, 'cardiology')).toBe(true);
  });
});

describe('local redactor: professions', () => {
  it('finds occupations, with their qualifiers', () => {
    expect(covered("I'm a long haul truck driver so I can't take anything drowsy.", 'truck driver')).toBe(true);
    expect(covered("I'm a pediatric ICU nurse and work nights.", 'nurse')).toBe(true);
  });
  it('finds employers in a workplace context', () => {
    expect(covered('My plan is through Hollister Freight Lines and it changed.', 'Hollister Freight Lines')).toBe(true);
    expect(covered('I hurt my back at the Amazon warehouse.', 'Amazon warehouse')).toBe(true);
  });
  it('finds Spanish occupations', () => {
    expect(covered('Soy carpintero y me corté la mano.', 'carpintero')).toBe(true);
  });
  it('keeps clinic staff roles', () => {
    const t = 'The nurse said my doctor would call, and the pharmacist agreed.';
    expect(found(t)).toEqual([]);
  });
});

describe('local redactor: what must survive', () => {
  it('keeps medication names, even capitalised or after a preposition', () => {
    const t = 'I take Allegra and Xarelto, stopped Lyrica, and started Ozempic from Dr. Park. Stay away from Advil?';
    for (const drug of ['Allegra', 'Xarelto', 'Lyrica', 'Ozempic', 'Advil']) expect(kept(t, drug)).toBe(true);
  });
  it('keeps medications listed at the start of a sentence', () => {
    const t = 'Singulair and Flonase. Pharmacy is the usual one.';
    expect(kept(t, 'Singulair')).toBe(true);
    expect(kept(t, 'Flonase')).toBe(true);
  });
  it('keeps conditions, symptoms and body parts', () => {
    const t = "I have Crohn's and Hashimoto's, and my left knee is swollen with a fever.";
    expect(found(t)).toEqual([]);
  });
  it('keeps Spanish medication and symptom words', () => {
    const t = 'Tomo metformina y Eliquis. Tengo dolor de cabeza y mareo.';
    expect(found(t)).toEqual([]);
  });
  it('keeps times and amounts of money', () => {
    expect(found('Can I come at 3pm? The copay was $40.')).toEqual([]);
  });
});

describe('local redactor: phone numbers in unusual formats', () => {
  it('reads en and em dashes, non-breaking hyphens and spaced dashes', () => {
    for (const phone of ['412–555–0178', '(503) 555‑0142', '919—555—0163', '270 – 555 – 0191', '555/631-0144'])
      expect(covered(`Please call me at ${phone} after noon.`, phone)).toBe(true);
  });
  it('reads numbers split into small groups', () => {
    for (const phone of ['702 555 0 1 3 6', '480 555 01 62', '(919) 555 0 174', '317-555-0 186'])
      expect(covered(`Lorenzo Vidal, ${phone}`, phone)).toBe(true);
  });
  it('reads international and spoken-area-code numbers', () => {
    expect(covered('new cell 0033 6 12 34 56 78 thanks', '0033 6 12 34 56 78')).toBe(true);
    expect(covered('call back at seven one three 555 0148', 'seven one three 555 0148')).toBe(true);
  });
  it('leaves a long account number whole as one identifier, not a phone inside it', () => {
    const spans = redactor.detectSync('account 4412 5550 1789 33 please');
    expect(spans.every((s) => s.end - s.start >= 4)).toBe(true);
  });
  it('survives long runs of digits and separators quickly', () => {
    const t = `${'1 – '.repeat(3000)}x`;
    expect(() => redactor.detectSync(t)).not.toThrow();
  });
});

describe('local redactor: ages in context', () => {
  it('finds decades of life in English and Spanish', () => {
    expect(covered('My grandfather is in his late 70s and lives alone.', '70s')).toBe(true);
  });
  it('finds an age in brackets after a person', () => {
    expect(covered('Tobias (my nephew, 7) has a rash.', '7')).toBe(true);
    expect(covered('Our two boys (4 and 9) need flu shots.', '4')).toBe(true);
    expect(covered('Our two boys (4 and 9) need flu shots.', '9')).toBe(true);
  });
  it('finds ages spelled out and Spanish birthdays', () => {
    expect(covered("my son is coughing and he's nine so can he take it", 'nine')).toBe(true);
    expect(covered('Mi papá cumple 85 el sábado.', '85')).toBe(true);
    expect(covered('is the shingles shot ok for someone 71?', '71')).toBe(true);
  });
  it('keeps pregnancy weeks and doses after a name-free number', () => {
    expect(kept('Take 2 tablets twice a day.', '2')).toBe(true);
  });
});

describe('local redactor: occupations told with verbs', () => {
  it('finds jobs described by what the person does, with the workplace', () => {
    expect(covered('I teach fifth grade at Maple Ridge Elementary so mornings are hard.', 'teach fifth grade')).toBe(
      true,
    );
    expect(covered('I drive a cement truck for Cemex and start at 5.', 'drive a cement truck')).toBe(true);
    expect(covered('I clean offices at night so text me.', 'clean offices')).toBe(true);
    expect(covered('I stock shelves at Kmart overnight', 'stock shelves at Kmart')).toBe(true);
    expect(covered('I own a taco truck so weekdays are fine.', 'own a taco truck')).toBe(true);
    expect(covered('I work nights at the Cargill plant in Dodge City', 'work nights at the Cargill plant')).toBe(true);
    expect(covered('I work in the mail room at Geico and sit all day', 'work in the mail room at Geico')).toBe(true);
    expect(covered('I work at a tire shop on Fulton so call after 6', 'work at a tire shop on Fulton')).toBe(true);
  });
  it('finds a title after a comma when it closes the clause or names the workplace', () => {
    expect(covered('Renata Kowalski, pharmacy tech at Safeway.', 'pharmacy tech at Safeway')).toBe(true);
  });
  it('finds Spanish jobs by verb, ending and workplace', () => {
    expect(covered('Trabajo cuidando niños y no puedo faltar.', 'cuidando niños')).toBe(true);
    expect(covered('Soy jardinero en una escuela de Fresno.', 'jardinero en una escuela')).toBe(true);
    expect(covered('soy recepcionista y salgo a las 5', 'recepcionista')).toBe(true);
    expect(covered('él trabaja de panadero en el Pan Dulce del centro', 'panadero en el Pan Dulce del centro')).toBe(
      true,
    );
  });
  it('keeps everyday verbs and Spanish adjectives', () => {
    expect(found('I drive to the clinic myself and I clean the cut twice a day.')).toEqual([]);
    expect(found('Es urgente, soy diabética y estoy soltera.')).toEqual([]);
    expect(found('coach said he should rest his ankle')).toEqual([]);
  });
});

describe('local redactor: places', () => {
  it('finds a care place named after a verb of care', () => {
    expect(covered('She had her knee replaced at Kindred Oaks last spring.', 'Kindred Oaks')).toBe(true);
    expect(covered('Mi papá está internado en el Santa Lucía de Pharr', 'Santa Lucía')).toBe(true);
  });
  it('finds facilities typed in capitals', () => {
    expect(covered('I GOT A BILL FROM PINECREST MEDICAL CENTER TODAY', 'PINECREST MEDICAL CENTER')).toBe(true);
  });
  it('reads street corners with an ampersand after a store', () => {
    expect(covered('send it to the CVS on Halsted & 47th please', 'CVS on Halsted & 47th')).toBe(true);
  });
});

describe('local redactor: ages in words', () => {
  it('reads English ages in words after a name, after "age" and before "yo"', () => {
    expect(covered('This is for my aunt, Philippa Grange, eighty-three. She fell.', 'eighty-three')).toBe(true);
    expect(covered("I'm aged sixty-one and take insulin", 'sixty-one')).toBe(true);
    expect(covered('patient (ninety-four yo, lives alone)', 'ninety-four')).toBe(true);
    expect(covered('He is a hundred and two years old', 'a hundred and two')).toBe(true);
  });
  it('reads Spanish ages in words, not durations', () => {
    expect(covered('mi tía tiene ochenta y siete años y está mareada', 'ochenta y siete')).toBe(true);
    expect(covered('mi abuelo de noventa y un años', 'noventa y un')).toBe(true);
    expect(kept('tomo esta pastilla desde hace más de dos años', 'dos')).toBe(true);
  });
  it('takes a corrected age', () => {
    expect(covered('ella tiene sesenta años... perdón, 61. Necesita cita', '61')).toBe(true);
  });
});

describe('local redactor: date shapes', () => {
  it('reads dates typed with spaces, dots and Roman months', () => {
    expect(covered('jordan pike 4 22 09 need my inhaler', '4 22 09')).toBe(true);
    expect(covered('Sam Ortiz 1991 07 30 refill please', '1991 07 30')).toBe(true);
    expect(covered('Birthdate 1948. 2. 17. Thank you', '1948. 2. 17.')).toBe(true);
    expect(covered('Nací el 3/XI/1959 en Jalisco', '3/XI/1959')).toBe(true);
    expect(covered('生日 1972年9月14日 thanks', '1972年9月14日')).toBe(true);
  });
  it('does not read a phone number in groups as a date', () => {
    const t = 'my cell is 312 555 04 11 thanks';
    expect(redactor.detectSync(t).every((s) => s.type !== 'DATE')).toBe(true);
    expect(found('take 2 tabs 3 times a day').length).toBe(0);
  });
  it('reads Spanish dates in words and "el día"', () => {
    expect(covered('Nació el veintiuno de octubre del 79', 'veintiuno de octubre del 79')).toBe(true);
    expect(covered('la cita es el 2do de mayo', '2do de mayo')).toBe(true);
    expect(covered('no estoy hasta el día 14. Gracias', 'día 14')).toBe(true);
  });
  it('reads short day names after an event or before a month', () => {
    expect(covered('can i come after practice thu', 'thu')).toBe(true);
    expect(covered('renew it before Tue. Mar 4 please', 'Tue.')).toBe(true);
    expect(kept('I sat down and felt dizzy', 'sat')).toBe(true);
  });
});

describe('local redactor: identifiers', () => {
  it('reads spaced A-numbers, check numbers and payer prefixes', () => {
    expect(covered('my A-number is B 334 901 276 for the form', 'B 334 901 276')).toBe(true);
    expect(covered('pagué con cheque número 5512 ayer', '5512')).toBe(true);
    expect(covered('miembro AETNA WQP552019384, gracias', 'AETNA WQP552019384')).toBe(true);
  });
});

describe('local redactor: rural and Spanish addresses', () => {
  it('reads rural routes, lots, parks, mile markers and interstate exits', () => {
    expect(covered('Mail it to RR 4 Box 71, Tipton', 'RR 4 Box 71')).toBe(true);
    expect(covered('We are at Lot 22, Willow Bend Mobile Home Park', 'Lot 22, Willow Bend Mobile Home Park')).toBe(
      true,
    );
    expect(covered('stuck near mile marker 88 on the highway', 'mile marker 88')).toBe(true);
    expect(covered('the truck stop at I-80 exit 41', 'I-80 exit 41')).toBe(true);
  });
  it('reads Spanish places and cross streets', () => {
    expect(covered('vivo en el Ejido La Soledad, carretera a Caborca km 12', 'carretera a Caborca km 12')).toBe(true);
    expect(
      covered('Estamos en Lote 3 del Parque de Casas Móviles Las Palmas', 'Parque de Casas Móviles Las Palmas'),
    ).toBe(true);
    expect(covered('we live on the corner of 8th and Walnut', 'corner of 8th and Walnut')).toBe(true);
    expect(covered('vivo en Doral, en la 41 St y la W 87 Ave', 'W 87 Ave')).toBe(true);
  });
  it('reads a pharmacy named for its owner and a floor', () => {
    expect(covered("send it to Hardin's Pharmacy please", "Hardin's Pharmacy")).toBe(true);
    expect(covered('She lives at Maple Court Home, 3rd floor, Akron', '3rd floor')).toBe(true);
  });
});

describe('local redactor: workplaces', () => {
  it('reads a workplace after a named employer and trade verbs', () => {
    expect(covered("I'm working at the Nucor plant this week", 'the Nucor plant')).toBe(true);
    expect(covered('I do drywall for Keystone Builders', 'drywall for Keystone Builders')).toBe(true);
    expect(covered('I run a car wash on Route 9', 'car wash')).toBe(true);
    expect(covered('I work for the county and need a note', 'county')).toBe(true);
    expect(covered('I am in welding school at Lincoln Tech', 'welding school')).toBe(true);
  });
  it('reads Spanish shops and workplaces', () => {
    expect(covered('tengo la taquería El Güero en la 5', 'taquería El Güero')).toBe(true);
    expect(covered('trabajo en la empacadora de Cargill', 'empacadora de Cargill')).toBe(true);
    expect(kept('me duele la arteria del cuello', 'arteria')).toBe(true);
  });
  it('reads a job title in brackets', () => {
    expect(covered("I'm at work (front desk at the Oakwood Suites)", 'front desk at the Oakwood Suites')).toBe(true);
  });
});

describe('local redactor: lower-case names', () => {
  it('reads lower-case introductions and signatures', () => {
    expect(covered("hi i'm keanu i'm 15 and my knee hurts", 'keanu')).toBe(true);
    expect(covered('hola soy maritza tengo 20 años y me duele', 'maritza')).toBe(true);
    expect(covered('is that normal? she is 70. derek 414 555 0199', 'derek')).toBe(true);
    expect(covered('Can you call me back? Thanks. Nadira 312-555-0147', 'Nadira')).toBe(true);
  });
  it('does not take lower-case verbs for names', () => {
    expect(kept('my son slipped and hit his head, is he ok? i think so', 'slipped')).toBe(true);
    expect(kept('hi im diabetic and my sugar is high today', 'diabetic')).toBe(true);
  });
  it('keeps a generational suffix and a quoted nickname', () => {
    expect(covered('DOB 4-4-50. Ronnie Jr. 504 555 1212', 'Ronnie Jr.')).toBe(true);
    expect(covered('Thanks. - Harold "Sonny" Pruitt, 71', 'Harold "Sonny" Pruitt')).toBe(true);
  });
  it('never redacts a medication after a store location', () => {
    expect(kept('a la Walgreens de Yuma. Toma Lipitor. 3 mar 1950', 'Lipitor')).toBe(true);
  });
});

describe('local redactor: more ways to tell a job', () => {
  it('reads more triggers: "and a", "y/o", "I work", "he was a"', () => {
    expect(covered("I'm a single mom and a waitress at Denny's and I never have time", "waitress at Denny's")).toBe(
      true,
    );
    expect(covered('Gus Pappas here, 61 y/o master plumber, I run the shop', 'master plumber')).toBe(true);
    expect(covered('I work parking attendant at the airport.', 'parking attendant at the airport')).toBe(true);
    expect(covered('He was a tool and die maker for 40 years.', 'tool and die maker')).toBe(true);
    expect(covered("I'm a hospice chaplain so I'm around sick people", 'hospice chaplain')).toBe(true);
    expect(
      covered('Walter Szymanski here, retired machinist from GE, DOB 3-30-1946', 'retired machinist from GE'),
    ).toBe(true);
  });
  it('extends a job over its employer and field', () => {
    expect(covered("I'm 73 I used to be a bookkeeper for the county and", 'bookkeeper for the county')).toBe(true);
    expect(covered('Was a seamstress at the Hanes mill for 30 yrs', 'seamstress at the Hanes mill')).toBe(true);
    expect(covered("I'm a toll collector on the Turnpike and", 'toll collector on the Turnpike')).toBe(true);
    expect(covered('I am a professor of civil engineering at Wayne State and', 'professor of civil engineering')).toBe(
      true,
    );
    expect(kept('He was a tool and die maker for 40 years.', '40')).toBe(true);
  });
  it('reads work told with a verb and an employer', () => {
    expect(covered('I drive for Yellow Cab, please text.', 'drive for Yellow Cab')).toBe(true);
    expect(covered('i deliver for papa johns and can get there', 'deliver for papa johns')).toBe(true);
    expect(covered("I tend bar at the Crown & Goose so evenings I can't", 'tend bar at the Crown & Goose')).toBe(true);
    expect(covered('I work housekeeping at Jackson Memorial and my job', 'housekeeping at Jackson Memorial')).toBe(
      true,
    );
    expect(covered('hi this is Ramon I milk cows at Van Dyk Dairy in Tulare', 'milk cows at Van Dyk Dairy')).toBe(true);
    expect(covered('hes on shift at the paper mill till 11', 'paper mill')).toBe(true);
    expect(covered('Sus papás trabajan en la empacadora hasta la noche.', 'empacadora')).toBe(true);
  });
  it('reads a job title and employer in a signature block', () => {
    const t =
      'Please resubmit both claims.\n\nPatrick Nwosu\nSenior Account Manager\nMeridian Insurance Agency\n(404) 555-0166';
    expect(covered(t, 'Senior Account Manager')).toBe(true);
    expect(covered(t, 'Meridian Insurance Agency')).toBe(true);
  });
  it('keeps what is no job', () => {
    expect(found("I'm a diabetic and I'm a little worried about my sugar.")).toEqual([]);
    expect(found("I'm a new patient and I'm a caregiver for my mom.")).toEqual([]);
    expect(kept("I'm a patient of Dr. Osei and the nurse said to write.", 'patient of')).toBe(true);
    expect(kept("I'm a patient of Dr. Osei and the nurse said to write.", 'nurse')).toBe(true);
    expect(found("I'm waiting for my doctor to call and I cook for my husband.")).toEqual([]);
    expect(found('my work note for the three days I was out')).toEqual([]);
    const sig = 'Thanks,\nMaria Lopez\nCaregiver for my mother';
    expect(redactor.detectSync(sig).some((s) => s.type === 'PROFESSION')).toBe(false);
  });
  it('never redacts a drug after a job verb', () => {
    const t = 'I shop for Ozempic coupons, I work shifts at Costco and I drive for Lyrica Xarelto.';
    for (const drug of ['Ozempic', 'Lyrica', 'Xarelto']) expect(kept(t, drug)).toBe(true);
  });
});

describe('local redactor: medications next to places', () => {
  it('never carries a pharmacy or workplace span over a drug name', () => {
    const text = 'I pick up at Walgreens, taking Lyrica and Xarelto now.';
    expect(covered(text, 'Walgreens')).toBe(true);
    expect(kept(text, 'Lyrica')).toBe(true);
    expect(kept(text, 'Xarelto')).toBe(true);
  });
});

describe('local redactor: ages after a relative, ordinal dates and Arabic names', () => {
  it('finds an age written right after the relative it belongs to', () => {
    expect(covered('Hello, my mother 72 years. She speaks strange since one hour.', '72')).toBe(true);
    expect(covered('Asking for my grandfather, 88: is the flu shot safe?', '88')).toBe(true);
    expect(covered('mi abuela de 91 se cayó en el baño', '91')).toBe(true);
    expect(covered('I am 94 myself and cannot drive.', '94')).toBe(true);
    expect(covered('el señor tiene como 60, no sabemos su nombre', '60')).toBe(true);
  });
  it('keeps counts and doses after a relative', () => {
    expect(kept('My son 2 times a day takes his inhaler.', '2')).toBe(true);
    expect(kept('My husband takes 40 mg of it.', '40')).toBe(true);
  });
  it('finds ordinal days in words, and keeps ordinal counts', () => {
    expect(covered('Can I move my visit on the twenty-second to later?', 'twenty-second')).toBe(true);
    expect(covered('sorry, I meant the fourteenth, not the fifteenth', 'fourteenth')).toBe(true);
    expect(covered('can i come in on the 3rd of next month', '3rd of next month')).toBe(true);
    expect(covered('need to cancel my thu appt', 'thu')).toBe(true);
    expect(kept('This is the third time I have called about this.', 'third')).toBe(true);
    expect(kept('She is on the tenth floor of the building.', 'tenth')).toBe(true);
  });
  it('keeps an Arabic article with the surname it is part of', () => {
    expect(covered('Salam, this is Yusuf bin Tariq al-Amiri, I need my refill.', 'al-Amiri')).toBe(true);
  });
  it('reads a job told with "work" and a verb', () => {
    expect(covered('I work cleaning offices at night.', 'cleaning offices')).toBe(true);
  });
});

describe('local redactor: more age shapes', () => {
  it('finds "only 52", a relative at the start of a sentence, "3 año" and "34F"', () => {
    expect(covered("I'm only 52 and I don't want to be dramatic.", '52')).toBe(true);
    expect(covered('Son 11 fell from his bicycle.', '11')).toBe(true);
    expect(covered('My baby 2 months she breathes fast.', '2')).toBe(true);
    expect(covered('llora mucho. tiene 3 año', '3')).toBe(true);
    expect(covered('dizzy and fluttery. 34F, never had this before', '34')).toBe(true);
  });
  it('keeps doses and counts', () => {
    expect(kept('Take 2 M tablets at night.', '2')).toBe(true);
  });
});
