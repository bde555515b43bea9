// Short biographies of everyone the game names: the seven contenders and the secondary figures.
// Written for 15-year-olds; years from standard reference works (dates of death include the
// purges of the 1930s, which lie outside the game but matter to the story).
import type { PersonId } from '../sim/ids.ts';

export interface Bio {
  id: PersonId;
  name: string;
  born: number;
  died: number;
  /** Who they were, in 3–5 sentences. */
  summary: string;
  /** What they did in the struggle of 1922–1929. */
  role1922to1929: string;
}

export const BIOS: Record<PersonId, Bio> = {
  stalin: {
    id: 'stalin',
    name: 'Joseph Stalin',
    born: 1878,
    died: 1953,
    summary:
      'Born Ioseb Jughashvili in Gori, Georgia, the son of a shoemaker, he trained to be a priest before becoming a revolutionary. Before 1917 he robbed banks for the party, was exiled to Siberia several times and escaped. After the revolution he was Commissar for Nationalities and head of Rabkrin. Colleagues saw him as a dull but tireless administrator, nicknamed "Comrade Card Index".',
    role1922to1929:
      'Made General Secretary in April 1922, he used the right to appoint local party secretaries to build a loyal following. He allied with Zinoviev and Kamenev against Trotsky, then with Bukharin against Zinoviev and Kamenev, then turned on Bukharin and the Right in 1928\u201329. By the end of 1929 he was the undisputed leader.',
  },
  trotsky: {
    id: 'trotsky',
    name: 'Leon Trotsky',
    born: 1879,
    died: 1940,
    summary:
      'Born Lev Bronstein to a Jewish farming family in Ukraine, he led the St Petersburg Soviet in 1905 and joined the Bolsheviks only in 1917. He organised the October seizure of power and then built the Red Army as Commissar for War. A brilliant speaker and writer, he was admired and feared, and many colleagues found him arrogant. He was murdered in Mexico on Stalin\u2019s orders in 1940.',
    role1922to1929:
      'The most famous leader after Lenin, he was outmanoeuvred by the Troika. He attacked the party\u2019s bureaucracy in 1923, missed Lenin\u2019s funeral, lost the War Commissariat in 1925 and joined Zinoviev and Kamenev in the United Opposition in 1926. He was expelled from the party in 1927, exiled to Alma-Ata in 1928 and deported in 1929.',
  },
  zinoviev: {
    id: 'zinoviev',
    name: 'Grigory Zinoviev',
    born: 1883,
    died: 1936,
    summary:
      'Lenin\u2019s closest companion in exile before 1917, he was a fiery speaker. With Kamenev he opposed the October seizure of power, which his rivals never let him forget. He ran Petrograd (later Leningrad) and chaired the Communist International from 1919. He was shot after the first Moscow show trial in 1936.',
    role1922to1929:
      'He joined Stalin and Kamenev in the Troika against Trotsky, then broke with Stalin and led the Leningrad opposition at the 14th Congress in 1925. Kirov took Leningrad from him in 1926. He joined Trotsky in the United Opposition, lost his Politburo seat and the Comintern in 1926, was expelled in 1927 and readmitted after recanting in 1928.',
  },
  kamenev: {
    id: 'kamenev',
    name: 'Lev Kamenev',
    born: 1883,
    died: 1936,
    summary:
      'A thoughtful, cautious Bolshevik, married to Trotsky\u2019s sister. With Zinoviev he opposed the October seizure of power in 1917. He chaired the Moscow Soviet and often chaired the Politburo and the government in Lenin\u2019s place. He was shot with Zinoviev in 1936.',
    role1922to1929:
      'A member of the Troika, he helped keep Lenin\u2019s Testament from the full 13th Congress in 1924. In December 1925 he told the 14th Congress that Stalin could not unite the party, and was demoted. He joined the United Opposition, was expelled at the 15th Congress in 1927, readmitted in 1928, and met Bukharin secretly in July 1928.',
  },
  bukharin: {
    id: 'bukharin',
    name: 'Nikolai Bukharin',
    born: 1888,
    died: 1938,
    summary:
      'The youngest of the leading Bolsheviks, he was a clever, friendly economist whom Lenin called the favourite of the whole party. A Left Communist in 1918, he became the chief defender of the NEP, arguing that the peasants should be allowed to grow richer. He edited Pravda, the party\u2019s newspaper, until 1929. He was shot after the last great Moscow show trial in 1938.',
    role1922to1929:
      'He became a full Politburo member in 1924 and, with Stalin, led the majority that beat the Left in 1925\u201327, also taking over the Comintern. When Stalin turned to forced grain collections in 1928 he opposed him, wrote "Notes of an Economist" and secretly met Kamenev. He lost Pravda and the Comintern in 1929 and his Politburo seat in November 1929.',
  },
  rykov: {
    id: 'rykov',
    name: 'Alexei Rykov',
    born: 1881,
    died: 1938,
    summary:
      'Born into a peasant family, he was a practical organiser who ran the Supreme Council of the National Economy during the Civil War. He was known as a moderate and a good administrator. He was shot alongside Bukharin in 1938.',
    role1922to1929:
      'He succeeded Lenin as head of the government (Sovnarkom) in February 1924. He stood with Stalin and Bukharin against the Left, then with Bukharin and Tomsky against the forced grain collections of 1928. Condemned as a leader of the "right deviation", he kept his posts until 1930.',
  },
  tomsky: {
    id: 'tomsky',
    name: 'Mikhail Tomsky',
    born: 1880,
    died: 1936,
    summary:
      'A printer by trade and one of the few true workers among the Bolshevik leaders, he led the Soviet trade unions through the 1920s. He believed the unions should defend workers, not just pass on orders from above. Facing arrest in 1936, he took his own life.',
    role1922to1929:
      'A full Politburo member throughout the 1920s, he backed the NEP and sided with Stalin and Bukharin against the Left. In 1928 he joined Bukharin and Rykov against forced grain collections and breakneck industrialisation. He was removed as head of the trade unions in 1929.',
  },
  lenin: {
    id: 'lenin',
    name: 'Vladimir Lenin',
    born: 1870,
    died: 1924,
    summary:
      'The founder of the Bolshevik party and leader of the October Revolution of 1917. He headed the Soviet government through the Civil War and in 1921 launched the New Economic Policy. The same year he persuaded the party to ban factions. His body was embalmed and displayed in a mausoleum on Red Square.',
    role1922to1929:
      'Strokes in 1922 and 1923 took him out of politics. In his last writings he criticised the party\u2019s bureaucracy and Stalin\u2019s rudeness and asked for Stalin to be moved from the post of General Secretary. He died on 21 January 1924, and every contender then claimed to be his true heir.',
  },
  molotov: {
    id: 'molotov',
    name: 'Vyacheslav Molotov',
    born: 1890,
    died: 1986,
    summary:
      'A hard-working, unimaginative party official, he was one of Stalin\u2019s most loyal supporters for thirty years. His real name was Skryabin: he took "Molotov" from the Russian word for a hammer. He later headed the government (1930\u201341) and, as Foreign Minister, signed the 1939 pact with Nazi Germany.',
    role1922to1929:
      'A Secretary of the Central Committee throughout the 1920s, he helped Stalin run the party apparatus. He became a full Politburo member in 1926 and replaced Uglanov as head of the Moscow party in November 1928.',
  },
  kalinin: {
    id: 'kalinin',
    name: 'Mikhail Kalinin',
    born: 1875,
    died: 1946,
    summary:
      'A peasant\u2019s son who became a metalworker, he was the Soviet state\u2019s formal head from 1919 until 1946. He was presented as a kindly "all-Union elder" whom peasants could petition. He had little power of his own.',
    role1922to1929:
      'A candidate member of the Politburo in the early 1920s, he became a full member in 1926. He usually voted with the majority, although he sympathised with the peasants and was said to lean towards the Right in 1928.',
  },
  voroshilov: {
    id: 'voroshilov',
    name: 'Kliment Voroshilov',
    born: 1881,
    died: 1969,
    summary:
      'A former metalworker and Civil War commander, he had fought beside Stalin at Tsaritsyn and clashed with Trotsky. He was loyal to Stalin but no great military thinker. He led the army into the 1930s and survived Stalin.',
    role1922to1929:
      'He became Commissar for War after Frunze\u2019s death in November 1925, putting the Red Army in the hands of Stalin\u2019s friend. He joined the Politburo as a full member in 1926.',
  },
  rudzutak: {
    id: 'rudzutak',
    name: 'J\u0101nis Rudzutaks (Jan Rudzutak)',
    born: 1887,
    died: 1938,
    summary:
      'A Latvian worker and trade unionist, he spent years in tsarist prisons. He was a quiet, capable organiser rather than a public figure. He was arrested in 1937 and shot in 1938.',
    role1922to1929:
      'He worked in the party Secretariat, became Commissar of Railways in 1924 and a candidate member of the Politburo in 1923. He was promoted to full membership in July 1926, in place of Zinoviev.',
  },
  kuibyshev: {
    id: 'kuibyshev',
    name: 'Valerian Kuibyshev',
    born: 1888,
    died: 1935,
    summary:
      'A Bolshevik from a military family, he had been a political commissar in the Civil War. He was a firm supporter of Stalin and an enthusiast for rapid industrialisation. He died in 1935.',
    role1922to1929:
      'From 1923 he led the Central Control Commission and Rabkrin, the bodies that disciplined party members. In 1926 he took over the Supreme Council of the National Economy and pushed for fast growth. He joined the Politburo as a full member in December 1927.',
  },
  dzerzhinsky: {
    id: 'dzerzhinsky',
    name: 'Felix Dzerzhinsky',
    born: 1877,
    died: 1926,
    summary:
      'A Polish nobleman turned revolutionary, he founded the Cheka, the Bolshevik secret police, in 1917. Known as "Iron Felix", he was feared for the terror he ran and respected for his honesty. He died suddenly of a heart attack.',
    role1922to1929:
      'He headed the secret police (the GPU, then the OGPU) and from 1924 also the Supreme Council of the National Economy. A candidate member of the Politburo from June 1924, he sided with the majority and died in July 1926, hours after a speech attacking the opposition.',
  },
  frunze: {
    id: 'frunze',
    name: 'Mikhail Frunze',
    born: 1885,
    died: 1925,
    summary:
      'A Bolshevik since 1904, he became one of the Red Army\u2019s most successful Civil War generals. He helped defeat Kolchak\u2019s White armies and took the Crimea from Wrangel in 1920. He was respected in the army and wrote about how a workers\u2019 state should fight its wars.',
    role1922to1929:
      'He became Trotsky\u2019s deputy in 1924 and succeeded him as Commissar for War in January 1925. He died after surgery in October 1925; rumours that Stalin had pushed him into the operation were never proved.',
  },
  krupskaya: {
    id: 'krupskaya',
    name: 'Nadezhda Krupskaya',
    born: 1869,
    died: 1939,
    summary:
      'Lenin\u2019s wife and comrade since the 1890s, she was a revolutionary in her own right. After 1917 she was a leading figure in Soviet education and libraries. She nursed Lenin through his final illness and guarded his last writings.',
    role1922to1929:
      'Stalin abused her in December 1922 for taking down Lenin\u2019s letters, which led to Lenin\u2019s threat to break with him. She handed Lenin\u2019s Testament to the Central Committee in 1924, backed Zinoviev and Kamenev in 1925 and the United Opposition in 1926, then withdrew from opposition.',
  },
  kirov: {
    id: 'kirov',
    name: 'Sergei Kirov',
    born: 1886,
    died: 1934,
    summary:
      'A popular, energetic speaker, he led the party in Azerbaijan in the early 1920s. He was close to Stalin. His murder in Leningrad in December 1934 was used to launch the great purges, and whether Stalin was behind it is still debated.',
    role1922to1929:
      'In January 1926 he was sent to Leningrad to take the city\u2019s party organisation from Zinoviev, and he ran it until his death. He became a candidate member of the Politburo in July 1926.',
  },
  uglanov: {
    id: 'uglanov',
    name: 'Nikolai Uglanov',
    born: 1886,
    died: 1937,
    summary:
      'A party organiser from a peasant background, he was sent to lead the party in Petrograd in 1921, where he clashed with Zinoviev, and then ran Nizhny Novgorod. He rose fast in the 1920s as a capable manager of local committees. He was shot in the purges in 1937.',
    role1922to1929:
      'He became first secretary of the Moscow party in August 1924 and at first helped Stalin against Zinoviev and Kamenev. In 1928 he and the Moscow party sided with the Right, and he was replaced by Molotov in November 1928.',
  },
  ordzhonikidze: {
    id: 'ordzhonikidze',
    name: 'Grigory "Sergo" Ordzhonikidze',
    born: 1886,
    died: 1937,
    summary:
      'A Georgian Bolshevik and old friend of Stalin, he was hot-tempered but popular. He later ran heavy industry during the Five-Year Plans. He died in 1937, almost certainly by suicide.',
    role1922to1929:
      'As party boss in the Caucasus he bullied the Georgian communists in 1922, even striking one, which angered Lenin. In November 1926 he took over the Central Control Commission and Rabkrin.',
  },
  mikoyan: {
    id: 'mikoyan',
    name: 'Anastas Mikoyan',
    born: 1895,
    died: 1978,
    summary:
      'An Armenian Bolshevik who had trained at a church seminary, like Stalin. He ran the party in the North Caucasus in the mid-1920s. A skilful survivor, he held high office under every Soviet leader from Lenin to Brezhnev.',
    role1922to1929:
      'A party organiser loyal to Stalin, he became Commissar of Trade in August 1926, replacing Kamenev, and a candidate member of the Politburo the same year.',
  },
  kaganovich: {
    id: 'kaganovich',
    name: 'Lazar Kaganovich',
    born: 1893,
    died: 1991,
    summary:
      'A former leather worker with little schooling but great energy, he became one of Stalin\u2019s most ruthless lieutenants. In the 1930s he ran the Moscow party and the railways and took part in the purges. He lived until 1991, the last of Stalin\u2019s inner circle to die.',
    role1922to1929:
      'He ran the department of the Central Committee that handled appointments, then led the Ukrainian party from 1925 to 1928. He became a candidate member of the Politburo in 1926.',
  },
  sokolnikov: {
    id: 'sokolnikov',
    name: 'Grigory Sokolnikov',
    born: 1888,
    died: 1939,
    summary:
      'An able economist, he had commanded armies in the Civil War. As Commissar of Finance he created the stable, gold-backed currency of the NEP years. He was killed in prison in 1939.',
    role1922to1929:
      'A candidate member of the Politburo from 1924, he backed Zinoviev and Kamenev against Stalin at the 14th Congress in 1925. He lost his Politburo place and the Finance Commissariat in January 1926.',
  },
  yevdokimov: {
    id: 'yevdokimov',
    name: 'Grigory Yevdokimov',
    born: 1884,
    died: 1936,
    summary:
      'A veteran of the Petrograd party organisation, he was one of Zinoviev\u2019s closest allies. He briefly led the Leningrad party committee in December 1925, just before Kirov took over. He was tried with Zinoviev and Kamenev and shot in 1936.',
    role1922to1929:
      'A leader of the Leningrad party organisation, he stood with Zinoviev in the New Opposition and the United Opposition and was expelled in 1927.',
  },
  tsiurupa: {
    id: 'tsiurupa',
    name: 'Alexander Tsiurupa',
    born: 1870,
    died: 1928,
    summary:
      'An agricultural expert, he was Commissar for Food during the Civil War, when grain was taken from the peasants by force. Lenin trusted him as a careful, honest administrator. He died in 1928, as the struggle over the peasants\u2019 grain began again.',
    role1922to1929:
      'One of Lenin\u2019s deputies in the government from 1922, he headed Rabkrin until the 12th Congress in 1923 and later the State Planning Commission. He took no side in the factional struggle.',
  },
};
