// Sentence → claims, one family of wording per row. All sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { tuples } from './helpers.ts';

describe('controller cues', () => {
  it.each([
    ['capture', "Russia's Defence Ministry said its troops had captured Siversk.", ['Siversk/ru/full/ru']],
    ['took control', 'The Kremlin said Russian units took control of Huliaipole on Tuesday.', ['Huliaipole/ru/full/ru']],
    ['completed the liberation', 'Russian forces "have completed the liberation of Siversk," Gerasimov told Putin.', ['Siversk/ru/full/ru']],
    ['liberated by Ukraine', 'The Khartia corps said Kupiansk had been liberated by its units.', ['Kupiansk/ua/full/ua']],
    ['flag', 'Soldiers of a Ukrainian brigade raised the national flag over the town hall in Siversk, the brigade said.', ['Siversk/ua/partial/ua']],
    ['entered', 'Ukrainian troops entered Huliaipole on Sunday, the General Staff said.', ['Huliaipole/ua/full/ua']],
    ['infiltrated', 'DeepState said Russian groups had infiltrated Pokrovsk.', ['Pokrovsk/contested/partial/independent']],
    ['street fighting', 'Syrskyi said street fighting was going on in Myrnohrad.', ['Myrnohrad/contested/partial/ua']],
    ['encircled', 'Putin claimed that Ukrainian units were encircled in Kupiansk.', ['Kupiansk/contested/partial/ru']],
    ['battle for', 'The battle for Chasiv Yar is not over, Zelensky said.', ['Chasiv Yar/contested/partial/ua']],
    ['retook', 'Ukrainian forces retook Kupiansk, the General Staff said.', ['Kupiansk/ua/full/ua']],
    ['recaptured by Russia', 'Russia said its troops had recaptured Sudzha.', ['Sudzha/ru/full/ru']],
    ['cleared', 'The brigade said its soldiers had cleared Russian troops out of the eastern districts of Kupiansk.', ['Kupiansk/ua/partial/ua']],
    ['Ukraine withdrew', 'Ukraine\'s military said its troops had withdrawn from Siversk to save lives.', ['Siversk/ru/full/ua']],
    ['Russia withdrew', 'The Russian Defence Ministry said its units had regrouped from Siversk to better positions.', ['Siversk/ua/full/ru']],
    ['remain in control', 'Trehubov said Ukrainian forces remain in control of Kupiansk.', ['Kupiansk/ua/full/ua']],
    ['still hold', 'The General Staff said Ukrainian units still hold Pokrovsk.', ['Pokrovsk/ua/full/ua']],
    ['repelled', 'The General Staff said its forces had repelled an assault on Kostiantynivka.', ['Kostiantynivka/ua/full/ua']],
    ['failed attack', 'Trehubov said Russian attempts to storm Kupiansk had failed.', ['Kupiansk/ua/full/ua']],
    ['under control of', 'Gerasimov said Myrnohrad was under the control of Russian troops.', ['Myrnohrad/ru/full/ru']],
    ['in Russian hands', 'Peskov said Siversk was now in Russian hands.', ['Siversk/ru/full/ru']],
  ])('%s', (_name, sentence, expected) => {
    expect(tuples(sentence)).toEqual(expected);
  });
});

describe('negation, denial and concession', () => {
  it.each([
    ['did not capture', 'The General Staff said Russian forces did not capture Siversk.', ['Siversk/ua/full/ua']],
    ['failed to take', 'Zelensky said Russia had failed to take Kupiansk.', ['Kupiansk/ua/full/ua']],
    ['had not been lost', 'The corps said Siversk had not been lost.', ['Siversk/ua/full/ua']],
    ['not surrounded', 'Syrskyi said Ukrainian troops in Myrnohrad were not surrounded.', ['Myrnohrad/ua/partial/ua']],
    ['dismissed as false', 'The General Staff dismissed as false a report that Moscow had taken Kupiansk.', ['Kupiansk/ua/full/ua']],
    ['denied', 'Kyiv denied that Russian troops had captured Huliaipole.', ['Huliaipole/ua/full/ua']],
    ['lying about', 'A Ukrainian spokesman, Trehubov, said Moscow was lying about controlling Kupiansk.', ['Kupiansk/ua/full/ua']],
    ['denied encirclement', 'Putin said Russian forces had encircled Kupiansk, a claim Kyiv rejected.', ['Kupiansk/contested/partial/ru', 'Kupiansk/ua/partial/ua']],
    ['rejected after the claim', 'Gerasimov said his troops had taken Myrnohrad, a claim Kyiv rejected as false.', ['Myrnohrad/ru/full/ru', 'Myrnohrad/ua/full/ua']],
    ['denial naming the claim', "Kyiv rejected Moscow's claim that Russian troops had captured Siversk.", ['Siversk/ru/full/ru', 'Siversk/ua/full/ua']],
    ['not as a whole', 'Trehubov said Russian troops do not control Pokrovsk as a whole.', ['Pokrovsk/ru/partial/ua']],
  ])('%s', (_name, sentence, expected) => {
    expect(tuples(sentence)).toEqual(expected);
  });
});

describe('scope', () => {
  it.each([
    ['northern part', 'Russia said its troops held the northern part of Siversk.', ['Siversk/ru/partial/ru']],
    ['percent', 'Gerasimov said 80 percent of Vovchansk was under Russian control.', ['Vovchansk/ru/partial/ru']],
    ['most of', 'DeepState said Russian troops now hold most of Pokrovsk.', ['Pokrovsk/ru/partial/independent']],
    ['outskirts', 'Syrskyi said his troops had pulled back to the outskirts of Siversk.', ['Siversk/ru/partial/ua']],
    ['a plant', 'The corps said its soldiers still held the plant in Myrnohrad.', ['Myrnohrad/ua/partial/ua']],
    ['fully', 'The Defence Ministry in Moscow said Siversk had been fully captured.', ['Siversk/ru/full/ru']],
    ['possessive districts', "Trehubov said Ukrainian units held Kupiansk's northern districts.", ['Kupiansk/ua/partial/ua']],
    ['part named as the object', 'DeepState said Russian troops were advancing on Huliaipole and had entered its eastern outskirts.', ['Huliaipole/ru/partial/independent']],
    ['list with a separate part', 'The corps said Siversk and the outskirts of Pokrovsk had been cleared.', ['Siversk/ua/full/ua', 'Pokrovsk/ua/partial/ua']],
  ])('%s', (_name, sentence, expected) => {
    expect(tuples(sentence)).toEqual(expected);
  });
});

describe('claimants', () => {
  it.each([
    ['the Kremlin said', 'The Kremlin said Russian troops had captured Siversk.', ['Siversk/ru/full/ru']],
    ['according to the General Staff', "According to Ukraine's General Staff, Russian units have infiltrated Siversk.", ['Siversk/contested/partial/ua']],
    ['military bloggers', 'Russian military bloggers claimed that Russian units had entered Huliaipole.', ['Huliaipole/ru/full/ru']],
    ['Deep State', 'Deep State reported that Russian troops had taken Siversk.', ['Siversk/ru/full/independent']],
    ['ISW', 'The Institute for the Study of War said Russian forces had captured Siversk.', ['Siversk/ru/full/independent']],
    ['speaker after a quote', '"Kupiansk is under our control," Syrskyi said.', ['Kupiansk/ua/full/ua']],
    ['inverted speaker', 'Russian troops have been pushed out of Kupiansk, said Trehubov.', ['Kupiansk/ua/full/ua']],
    ['Ukrainian officials', 'Ukrainian officials said Russian forces had been pushed out of Siversk.', ['Siversk/ua/full/ua']],
    ['Kyiv said', 'Kyiv said its troops had retaken Siversk.', ['Siversk/ua/full/ua']],
    ['Moscow says', 'Moscow says its forces have liberated Siversk.', ['Siversk/ru/full/ru']],
    ['Russia claimed', 'Russia claimed to have captured Huliaipole on Monday.', ['Huliaipole/ru/full/ru']],
    ["Ukraine's military", "Ukraine's military said Siversk remained under Ukrainian control.", ['Siversk/ua/full/ua']],
    ['outlet', 'Russian forces captured Siversk after weeks of fighting.', ['Siversk/ru/full/independent']],
    ['relative clause is not the speaker', 'DeepState, which is close to the Ukrainian military, marks Pokrovsk as Russian-held.', ['Pokrovsk/ru/full/independent']],
  ])('%s', (_name, sentence, expected) => {
    expect(tuples(sentence)).toEqual(expected);
  });

  it('reported speech spanning sentences takes the previous speaker', () => {
    const body = 'Gerasimov told Putin on Thursday that the operation was going to plan. He described Siversk as "fully liberated".';
    expect(tuples(body)).toEqual(['Siversk/ru/full/ru']);
  });

  it('keeps two speakers of one sentence apart', () => {
    const body = 'Russia said it had captured Kupiansk, but Trehubov said Ukrainian forces still hold the city.';
    expect(tuples(body).sort()).toEqual(['Kupiansk/ru/full/ru', 'Kupiansk/ua/full/ua']);
  });
});

describe('not claims', () => {
  it.each([
    ['goal', "Capturing Kupiansk is Russia's strategic goal, Syrskyi said."],
    ['intention', 'Russia aims to capture Pokrovsk before winter, the analysts said.'],
    ['trying to encircle', 'Russian troops are trying to encircle Myrnohrad, Trehubov said.'],
    ['ordered to', 'Putin ordered his generals to take Siversk by the end of the month.'],
    ['forecast', 'The Institute for the Study of War said Siversk was likely to fall within weeks.'],
    ['could', 'The loss of Pokrovsk could give Russia a base for further advances.'],
    ['strike', 'A Russian missile strike on Kharkiv killed three people, the governor said.'],
    ['evacuation', 'Officials ordered the evacuation of families with children from Kupiansk.'],
    ['distance', 'Russian forces are about 10 km from Kostiantynivka.'],
    ['population', 'Siversk had a population of about 11,000 before the war.'],
    ['region level', 'Russia claims to control most of the Donetsk region.'],
    ['vicinity only', 'The General Staff said fighting continued near Siversk.'],
    ['area name', 'Russian forces are advancing on the Pokrovsk axis, the General Staff said.'],
    ['boilerplate', 'Read more: Russia says it captured Siversk'],
    ['caption', 'Soldiers rest in a basement in Siversk, May 3. (Test Wire / handout)'],
    ['unconfirmed loss', 'Ukraine has not confirmed losing Siversk.'],
    ['took place', 'The prisoner exchange took place near Sudzha on Friday, the ministry said.'],
    ['held talks', 'Zelensky held talks with commanders in Kharkiv, his office said.'],
    ['captured on video', 'The Defence Ministry in Moscow said the strike on Kostiantynivka was captured on video.'],
    ['weather', 'A storm brought down power lines in Kharkiv, the governor said.'],
    ['situation under control', 'The mayor said the fire in Kharkiv had been brought under control.'],
    ['abandoned buildings', 'Ukrainian soldiers said they sheltered in abandoned buildings in Siversk.'],
    ['fell on a house', 'The General Staff said a drone fell on a house in Huliaipole.'],
    ['lost power', 'Thousands of homes lost power in Kharkiv after the attack, Ukrainian officials said.'],
  ])('%s', (_name, sentence) => {
    expect(tuples(sentence)).toEqual([]);
  });
});
