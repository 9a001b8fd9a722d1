/**
 * Data for the <photo-gallery-caption> stories, shared with tests: plain
 * objects in the element's input format (see src/schema/gallery.ts).
 *
 * The 30 captions and credits are the seed article's gallery ("In Pictures:
 * The crisis unfolding in Syria"), copied exactly from
 * /work/shared/seed/gallery-syria.json, including its mistakes: caption 12's
 * mis-encoded "Aleppoís", caption 11's "governement", caption 17's
 * "civilans". The photos are not ours: every image used here is a generated
 * placeholder (demo/placeholders/photo-NN.svg) that says so on its face.
 */
import type { GalleryItemInput } from '../src/schema/gallery.js';

export const SEED_GALLERY_HEADING = 'In Pictures: The crisis unfolding in Syria';

/** The seed gallery: 30 captions and credits, no photos (a caption strip). */
export const seedGallery: GalleryItemInput[] = [
  {
    caption:
      "A Syrian family arrives at a checkpoint, manned by pro-government forces, at the al-Hawoz street roundabout, after leaving Aleppo's eastern neighbourhoods",
    credit: 'Getty',
  },
  {
    caption:
      "A Syrian woman, fleeing violence in the restive Bustan al-Qasr neighbourhood, reacts as she stands with her children in Aleppo's Fardos neighbourhood, after regime troops retook the area from rebel fighters",
    credit: 'Getty',
  },
  {
    caption:
      "Syrian pro-regime fighters, gesture as they drive past resident fleeing violence in the restive Bustan al-Qasr neighbourhood, in Aleppo's Fardos neighbourhood",
    credit: 'Getty',
  },
  {
    caption:
      'Syrian rebels withdrew from six more neighbourhoods in their one-time bastion of east Aleppo in the face of advancing government troops, the Syrian Observatory for Human Rights said',
    credit: 'Getty',
  },
  {
    caption:
      'Syrian rebels withdrew from six more neighbourhoods in their one-time bastion of east Aleppo in the face of advancing government troops, the Syrian Observatory for Human Rights said',
    credit: 'Getty',
  },
  {
    caption:
      "Syrian residents, fleeing violence in the restive Bustan al-Qasr neighbourhood, arrive in Aleppo's Fardos neighbourhood , after regime troops retook the area from rebel fighters",
    credit: 'Getty',
  },
  {
    caption:
      "Syrian pro-regime fighters, gesture as they drive past residents fleeing violence in the restive Bustan al-Qasr neighbourhood, in Aleppo's Fardos neighbourhood",
    credit: 'Getty',
  },
  {
    caption:
      "Syrian residents, fleeing violence in the restive Bustan al-Qasr neighbourhood, arrive in Aleppo's Fardos neighbourhood, after regime troops retook the area from rebel fighters",
    credit: 'Getty',
  },
  {
    caption: "Syrian residents, fleeing violence in the restive Bustan al-Qasr neighbourhood, arrive in Aleppo's Fardos neighbourhood",
    credit: 'Getty',
  },
  {
    caption:
      'A Syrian pro-regime fighter speaks with a child, as residents flee violence in the restive Bustan al-Qasr neighbourhood. Syrian rebels withdrew from six more neighbourhoods in their one-time bastion of east Aleppo in the face of advancing government troops',
    credit: 'AFP/Getty Images',
  },
  { caption: 'Smoke rises as seen from a governement-held area of Aleppo, Syria', credit: 'Reuters' },
  {
    caption:
      'Syrian soldiers targeting rebels-held areas in the eastern neighborhoods in Aleppo, Syria. According to media reports, the army is now holding on 99 percent of Aleppoís eastern neighborhoods',
    credit: 'EPA',
  },
  {
    caption:
      "Syrian pro-government forces patrol Aleppo's eastern al-Salihin neighbourhood after troops retook the area from rebel fighters",
    credit: 'Getty',
  },
  { caption: 'Syrian soldiers rest following the battle at al-Sheik Saeed neighborhood in Aleppo, Syria', credit: 'EPA' },
  {
    caption:
      "A Syrian pro-government fighter walking past closed shops in the Bab al-Nasr district of Aleppo's Old City. Once renowned for its bustling souks, grand citadel and historic gates, Aleppo's Old City has been rendered virtually unrecognisable by some of the worst violence of Syria's war",
    credit: 'Getty',
  },
  {
    caption:
      "The crucial battle for Aleppo entered its 'final phase' after Syrian rebels retreated into a small pocket of their former bastion in the face of new army advances. The retreat leaves opposition fighters confined to just a handful of neighbourhoods in southeast Aleppo, the largest of them Sukkari and Mashhad",
    credit: 'Getty',
  },
  {
    caption:
      "Syrian civilans arrive at a checkpoint, manned by pro-government forces, at the al-Hawoz street roundabout, after leaving Aleppo's eastern neighbourhoods. Syria's government has retaken at least 85 percent of east Aleppo, which fell to rebels in 2012, since beginning its operation",
    credit: 'Getty',
  },
  { caption: 'Syrian civilians flee the Sukkari neighbourhood towards safer rebel-held areas in southeastern Aleppo', credit: 'Getty' },
  {
    caption:
      'Syrians celebrate in the government-held Mogambo neighbourhood of the northern Syrian city of Aleppo, after rebel fighters retreated into a small pocket of their former bastion in the face of new army advances',
    credit: 'Getty',
  },
  {
    caption:
      "Syrians celebrate in the government-held Mogambo neighbourhood of the northern Syrian city of Aleppo, after rebel fighters retreated into a small pocket of their former bastion in the face of new army advances. The fall of Aleppo would be the worst rebel defeat since Syria's conflict began in 2011, and leave the government in control of the country's five major cities",
    credit: 'Getty',
  },
  { caption: 'A Syrian refugee camp in the Bekaa Valley, Lebanon, close to the Syrian border', credit: 'PA wire' },
  {
    caption:
      'Syrian refugee Aliya inside the tent where she lives with her husband and ten children in a camp in the Bekaa Valley, Lebanon, close to the Syrian border',
    credit: 'PA wire',
  },
  {
    caption:
      'Syrian refugee women and children outside the entrance to their tents in the refugee camp in the Bekaa Valley, Lebanon, close to the Syrian border',
    credit: 'PA Wire',
  },
  { caption: 'A Syrian refugee camp in the Bekaa Valley, Lebanon, close to the Syrian border', credit: 'PA wire' },
  { caption: 'A Syrian refugee camp in the Bekaa Valley, Lebanon, close to the Syrian border', credit: 'PA Wire' },
  {
    caption:
      'A Syrian refugee woman outside the entrance to the tent where her family live, in the refugee camp in the Bekaa Valley, Lebanon, close to the Syrian border',
    credit: 'PA wire',
  },
  { caption: 'A vehicle drives past a mosque at night in Idlib, Syria. Picture taken with a long exposure', credit: 'Reuters' },
  { caption: 'Damaged buildings stand in the rebel-controlled town of Binnish in Idlib province, Syria', credit: 'Reuters' },
  {
    caption: 'The night sky is seen through damaged windows in the rebel-controlled town of Binnish in Idlib province, Syria',
    credit: 'Reuters',
  },
  { caption: 'Damaged buildings stand in the rebel-controlled area of Maaret al-Numan in Idlib province, Syria', credit: 'Reuters' },
];

/** Shapes of the placeholder images, by photo number; the rest are 1200 × 800. */
const PORTRAIT = [5, 14, 22];
const WIDE = [11, 27];

/**
 * URL of generated placeholder image `n` (1–30), resolved from this module so
 * tests and Storybook both find it. `?no-inline` stops Vite's build turning
 * these small files into `data:` URLs, which the element refuses.
 */
export function placeholderSrc(n: number): string {
  return new URL(`../demo/placeholders/photo-${String(n).padStart(2, '0')}.svg?no-inline`, import.meta.url).href;
}

/** Width and height of placeholder `n`. */
export function placeholderSize(n: number): { width: number; height: number } {
  if (PORTRAIT.includes(n)) return { width: 800, height: 1200 };
  if (WIDE.includes(n)) return { width: 1600, height: 900 };
  return { width: 1200, height: 800 };
}

/**
 * The seed captions with generated placeholder photos: a whole gallery.
 * Alt text is left out, as the captions describe the (real) photos; each
 * placeholder carries its own "PLACEHOLDER" label. Photo 11 has an explicit
 * alt to show both paths.
 */
export const placeholderGallery: GalleryItemInput[] = seedGallery.map((item, i) => ({
  ...item,
  src: placeholderSrc(i + 1),
  ...placeholderSize(i + 1),
  alt: i === 10 ? 'Placeholder image standing in for a photo of smoke over Aleppo' : '',
}));

/** A caption far longer than any in the seed (illustrative text): it wraps and is never cut. */
export const longCaption: GalleryItemInput[] = [
  {
    caption:
      'Illustrative long caption: residents fleeing the eastern districts wait at a checkpoint through the night, ' +
      'carrying what they could, while volunteers hand out bread and blankets; aid groups say thousands more are expected ' +
      'in the coming days as the fighting moves street by street, and that shelters on the western side are already full. ' +
      'This sentence exists only to test how a caption of several hundred characters wraps on a narrow screen, ' +
      'and that a screen reader hears all of it, from the first word to the last word.',
    credit: 'Illustrative credit',
  },
  { caption: 'A short second caption (illustrative)', credit: 'Illustrative' },
];

/** Arabic captions for the right-to-left story (illustrative translations of seed captions 1, 11 and 21). */
export const arabicGallery: GalleryItemInput[] = [
  {
    caption: 'عائلة سورية تصل إلى نقطة تفتيش تابعة للقوات الموالية للحكومة في دوار شارع الهوز، بعد مغادرة أحياء حلب الشرقية',
    credit: 'غيتي',
  },
  { caption: 'دخان يتصاعد كما يُرى من منطقة تسيطر عليها الحكومة في حلب، سوريا', credit: 'رويترز' },
  { caption: 'مخيم للاجئين السوريين في سهل البقاع، لبنان، قرب الحدود السورية', credit: 'بي إيه' },
];

/**
 * ILLUSTRATIVE, FICTIONAL: captions from Quillhaven (a fictional city); photo 2's credit is empty and photo 3
 * has none. Both are published without a credit, each with a warning the editor sees in preview.
 */
export const uncreditedGallery: GalleryItemInput[] = [
  { caption: 'Smoke over the harbour in Quillhaven, a fictional city', credit: 'Lantern Pictures (fictional)' },
  { caption: 'Families cross the fictional Ardle bridge at dawn', credit: '' },
  { caption: 'A shuttered market in old Quillhaven (fictional)' },
];

/** Text with markup: shown as text, never parsed. */
export const hostileGallery: GalleryItemInput[] = [
  { caption: '<img src=x onerror="window.__pwned=1">Caption with markup', credit: '<script>window.__pwned=1</script>Getty' },
];

/** Invalid input: broken JSON for the `items` attribute. */
export const brokenGalleryJson = '[{"caption": "Smoke rises over Aleppo", "credit": "Reuters",]';

/** Invalid input: a missing caption, a number for a credit and a bad size, each reported with its path. */
export const invalidGallery: unknown = [
  { caption: 'Smoke rises over Aleppo', credit: 'Reuters' },
  { credit: 'Getty' },
  { caption: 'Damaged buildings in Binnish', credit: 12, width: -5, height: 800 },
];
