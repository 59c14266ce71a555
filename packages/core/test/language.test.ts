/**
 * `detectLanguage` runs franc's trigram model on franc-min's data, with its
 * own tables for speed: on every text it must give franc's answer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { data } from 'franc-min/data.js'
import { describe, expect, it } from 'vitest'
import { generateArticles } from '../../../scripts/bench/generate.js'
import { detectLanguage, MACROLANGUAGE } from '../src/language.js'
import { expectFranc } from './differential.js'

const here = (path: string) => new URL(path, import.meta.url).pathname
const texts = (folder: string, name = (file: string) => file) =>
  existsSync(folder)
    ? readdirSync(folder)
        .map((entry) => folder + name(entry))
        .filter((path) => path.endsWith('.txt') && existsSync(path))
    : []

describe('detectLanguage gives franc’s answer', () => {
  it('on the sample corpus and the fixtures, whole and from their middle', () => {
    const files = [...texts(here('../../../sample/')), ...texts(here('./fixtures/'), (name) => `${name}/input.txt`)]
    expect(files.length).toBeGreaterThanOrEqual(100)
    const answers = new Set<string | null>()
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const start of [0, Math.floor(text.length / 2)]) {
        expectFranc(text.slice(start))
        answers.add(detectLanguage(text.slice(start)))
      }
    }
    // French above all, and texts too short to tell.
    expect(answers).toContain('fr')
    expect(answers).toContain(null)
  })

  // 20,000 more in the slow suite (differential.slow.test.ts).
  it('in 200 generated articles', () => {
    const decoder = new TextDecoder()
    let count = 0
    for (const { data: bytes } of generateArticles({ files: 200, bytes: 500_000 })) {
      expectFranc(decoder.decode(bytes))
      count++
    }
    expect(count).toBe(200)
  })

  it('in every language of the model, and in mixtures of two', () => {
    // Text made of a model's own trigrams reads as that language (or a close one): every script, every language.
    const samples = Object.values(data).flatMap((languages) => Object.values(languages).map((model) => model.split('|').slice(0, 200).join('')))
    expect(samples.length).toBe(66)
    for (const sample of samples) expectFranc(sample)
    for (let index = 0; index + 1 < samples.length; index++) expectFranc(`${samples[index]?.slice(0, 300)}${samples[index + 1]?.slice(0, 300)}`)
  })

  it('in random text of every script, digits, punctuation and spaces', () => {
    const pieces = ['le ', 'de ', 'la ', 'the ', 'and ', 'и ', 'в ', 'не ', 'في ', 'من ', 'के ', 'है ', '中文', '日本', 'ελλ', 'ש', 'ก', '123 ', '!?', '« »', '\n', '\t', '  ', 'É', 'İ', 'ß', '😀', '\u0301', 'q', 'x', 'zz']
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 10, maxLength: 250 }).map((parts) => parts.join(''))
    fc.assert(fc.property(text, (sample) => expectFranc(sample)), { numRuns: 1000 })
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 40, maxLength: 700 }), (sample) => expectFranc(sample)), { numRuns: 300 })
  })
})

describe('detectLanguage reads the script first', () => {
  const armenian = 'Երևանի քաղաքապետարանը հայտարարել է, որ հաջորդ տարի քաղաքի կենտրոնում կբացվի նոր այգի։ Նախագծի արժեքը կազմում է շուրջ երկու միլիարդ դրամ։'
  const georgian = 'თბილისის მერიამ გამოაცხადა, რომ მომავალ წელს ქალაქის ცენტრში ახალი პარკი გაიხსნება. პროექტის ღირებულება დაახლოებით ორმოცი მილიონი ლარია.'
  const hebrew = 'עיריית חיפה הודיעה כי בשנה הבאה ייפתח פארק חדש במרכז העיר. עלות הפרויקט מוערכת בכמאה מיליון שקלים.'

  it('gives the language of a script that one language writes', () => {
    expect(detectLanguage(armenian)).toBe('hy')
    expect(detectLanguage(georgian)).toBe('ka')
    expect(detectLanguage(hebrew)).toBe('he')
    expect(detectLanguage('Η δημοτική αρχή της Θεσσαλονίκης ανακοίνωσε ότι ένα νέο πάρκο θα ανοίξει στο κέντρο της πόλης.')).toBe('el')
    expect(detectLanguage('서울시는 내년에 도심에 새로운 공원을 열 것이라고 발표했다. 사업비는 약 이천억 원으로 추산된다.')).toBe('ko')
    expect(detectLanguage('大阪市は来年、市の中心部に新しい公園を開くと発表した。事業費はおよそ二十億円と見込まれている。工事は春に始まり、年末までに終わる予定だ。')).toBe('ja')
    expect(detectLanguage('กรุงเทพมหานครประกาศว่าจะเปิดสวนสาธารณะแห่งใหม่ใจกลางเมืองในปีหน้า ค่าใช้จ่ายของโครงการประมาณสองพันล้านบาท')).toBe('th')
  })

  it('with a few Latin letters among them (franc-min once read them as Kinyarwanda or Portuguese)', () => {
    expect(detectLanguage(`${armenian} (AFP, Reuters)`)).toBe('hy')
    expect(detectLanguage(`Tbilissi (AFP) — ${georgian}`)).toBe('ka')
  })

  it('tells the languages of a shared script apart, among that script’s languages only', () => {
    expect(detectLanguage('Мэрия Новосибирска объявила, что в следующем году в центре города откроется новый парк. Стоимость проекта составит около двух миллиардов рублей.')).toBe('ru')
    expect(detectLanguage('Міська рада Львова оголосила, що наступного року в центрі міста відкриється новий парк. Вартість проєкту становитиме близько двох мільярдів гривень.')).toBe('uk')
    // Standard Arabic and Iranian Persian are tagged by their macrolanguages' codes, as CLDR aliases `arb` and `pes`.
    expect(detectLanguage('أعلنت بلدية الدار البيضاء أن حديقة جديدة ستفتتح في وسط المدينة العام المقبل. وتبلغ تكلفة المشروع نحو مليار درهم.')).toBe('ar')
    expect(detectLanguage('شهرداری تهران اعلام کرد که سال آینده یک پارک جدید در مرکز شهر افتتاح خواهد شد. هزینه این طرح حدود دو هزار میلیارد ریال است.')).toBe('fa')
    expect(detectLanguage('मुंबई महानगरपालिका ने घोषणा की है कि अगले साल शहर के बीच में एक नया पार्क खोला जाएगा। इस परियोजना की लागत लगभग दो सौ करोड़ रुपये है।')).toBe('hi')
  })

  it('tags a member of a macrolanguage by the macrolanguage’s two-letter code, as CLDR aliases it', () => {
    expect(MACROLANGUAGE).toEqual({ arb: 'ar', azj: 'az', cmn: 'zh', npi: 'ne', ory: 'or', pbu: 'ps', pes: 'fa', plt: 'mg', swh: 'sw', uzn: 'uz', zlm: 'ms' })
    expect(detectLanguage('ଭୁବନେଶ୍ୱର ମହାନଗର ନିଗମ ଘୋଷଣା କରିଛି ଯେ ଆସନ୍ତା ବର୍ଷ ସହରର ମଧ୍ୟଭାଗରେ ଏକ ନୂଆ ପାର୍କ ଖୋଲାଯିବ। ଏହି ପ୍ରକଳ୍ପର ବ୍ୟୟ ପ୍ରାୟ ଦୁଇ ଶହ କୋଟି ଟଙ୍କା।')).toBe('or')
    expect(detectLanguage('北京市政府宣布，明年将在市中心开放一座新公园。该项目的费用约为二十亿元人民币，预计将于春季完工。市民对此表示欢迎。')).toBe('zh')
  })

  it('keeps a French text that quotes a name in another script French', () => {
    expect(detectLanguage('La romancière Анна Ковалёва a présenté mardi à Rennes son dernier livre, traduit du russe, devant une centaine de lecteurs.')).toBe('fr')
    expect(detectLanguage('Le chef d’orchestre Տիգրան Մանսուրյան a dirigé samedi à Lyon un concert consacré à la musique arménienne du XXe siècle.')).toBe('fr')
    expect(detectLanguage('Le ministre israélien, שמעון פרס selon la graphie hébraïque, a été reçu jeudi à l’Élysée par le président de la République.')).toBe('fr')
  })

  it('needs more than half of the letters, not a mere lead', () => {
    // 48 Armenian letters of 97 lead the others, yet franc-min decides, as before; 56 of 105 are Armenian.
    const mixed = (times: number) => `${'Հայաստան '.repeat(times)}${'Москва '.repeat(4)}${'Paris '.repeat(5)}`
    expect(detectLanguage(mixed(6))).not.toBe('hy')
    expectFranc(mixed(6))
    expect(detectLanguage(mixed(7))).toBe('hy')
  })

  it('gives nothing under 50 characters, whatever the script', () => {
    expect(detectLanguage('Երևանի քաղաքապետարանը հայտարարել է')).toBeNull()
  })
})
