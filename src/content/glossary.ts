// Key terms of the power struggle, in plain words for 15-year-olds. `seeAlso` lists other
// entries' ids; `aliases` are other spellings a text may use (the UI links them to the entry).

export interface GlossaryItem {
  id: string;
  term: string;
  /** 1–3 sentences. */
  definition: string;
  seeAlso?: string[];
  aliases?: string[];
  /** When the thing named belongs to a moment of the record: its date ('YYYY' or 'YYYY-MM'). */
  date?: string;
  /** Where the entry was checked (entries added for the history issue carry one). */
  ref?: string;
}

export const GLOSSARY: readonly GlossaryItem[] = [
  {
    id: 'troika',
    term: 'Troika',
    definition:
      'Russian for "a group of three". It names the informal alliance of Stalin, Zinoviev and Kamenev, formed while Lenin was ill, to stop Trotsky becoming leader. It broke up in 1925 when Zinoviev and Kamenev turned against Stalin.',
    seeAlso: ['left_opposition', 'new_opposition', 'semyorka'],
    aliases: ['triumvirate'],
  },
  {
    id: 'semyorka',
    term: 'The Seven',
    definition:
      'A secret group formed in 1924 by every Politburo member except Trotsky, plus Kuibyshev. It met before official meetings so that Trotsky always faced a majority that had already made up its mind.',
    seeAlso: ['troika', 'politburo'],
    aliases: ['semyorka'],
  },
  {
    id: 'permanent_revolution',
    term: 'Permanent Revolution',
    definition:
      'Trotsky\u2019s idea that a socialist revolution in a backward country like Russia could only survive if revolutions spread to the industrial countries of Europe. Russia should therefore keep helping revolution abroad.',
    seeAlso: ['socialism_in_one_country', 'comintern'],
  },
  {
    id: 'socialism_in_one_country',
    term: 'Socialism in One Country',
    definition:
      'Stalin\u2019s idea, first set out in December 1924, that the Soviet Union could build socialism by its own efforts without waiting for revolutions abroad. It appealed to patriotic party members after the failure of the German rising of 1923.',
    seeAlso: ['permanent_revolution'],
  },
  {
    id: 'nep',
    term: 'NEP (New Economic Policy)',
    definition:
      'The policy Lenin introduced in 1921 after the Civil War. Peasants paid a tax and could sell the rest of their grain on the market, and small private businesses were allowed, while the state kept the big industries. It ended with the forced grain collections and collectivisation of 1928\u201330.',
    seeAlso: ['nepmen', 'kulaks', 'smychka', 'war_communism'],
    aliases: ['NEP', 'New Economic Policy'],
  },
  {
    id: 'nepmen',
    term: 'Nepmen',
    definition:
      'Private traders and small businessmen who did well under the NEP. Many communists despised them as a new bourgeoisie.',
    seeAlso: ['nep'],
    aliases: ['Nepman', 'NEPmen', 'NEPman'],
  },
  {
    id: 'kulaks',
    term: 'Kulaks',
    definition:
      'The better-off peasants, who owned more land or animals or hired labour. The Bolsheviks blamed them for hoarding grain; in practice the label was stuck on any peasant who resisted, and from 1930 hundreds of thousands of "kulak" families were deported.',
    seeAlso: ['dekulakisation', 'collectivisation', 'procurement'],
    aliases: ['kulak'],
  },
  {
    id: 'smychka',
    term: 'Smychka',
    definition:
      'The "link" or alliance between the workers and the peasants that Lenin said the revolution depended on. The Right argued that forcing grain out of the villages would destroy it.',
    seeAlso: ['nep', 'right_opposition'],
  },
  {
    id: 'war_communism',
    term: 'War Communism',
    definition:
      'The Bolsheviks\u2019 harsh economic system during the Civil War (1918\u201321): grain was seized from the peasants, private trade was banned and industry was taken over by the state. It led to famine and revolts and was replaced by the NEP.',
    seeAlso: ['nep'],
  },
  {
    id: 'sovnarkom',
    term: 'Sovnarkom',
    definition:
      'The Council of People\u2019s Commissars: the Soviet government, with a commissar (minister) for each department. Lenin chaired it until his death; Rykov then led it from 1924 to 1930.',
    seeAlso: ['politburo'],
  },
  {
    id: 'politburo',
    term: 'Politburo',
    definition:
      'The Political Bureau of the Central Committee: the small group of leaders who really decided policy. It had about seven full members in 1922, each with a vote, and several candidate members who could speak but not vote. A proposal there needs more votes for than against: on an even vote it fails.',
    seeAlso: ['central_committee', 'orgburo', 'candidate_member'],
  },
  {
    id: 'candidate_member',
    term: 'Candidate member',
    definition:
      'A junior member of the Politburo or Central Committee who could take part in discussions but had no vote. Promotion to full membership was a sign of rising power.',
    seeAlso: ['politburo'],
  },
  {
    id: 'orgburo',
    term: 'Orgburo',
    definition:
      'The Organisational Bureau of the Central Committee, which handled the party\u2019s personnel and organisation. With the Secretariat it decided who got which party job, and Stalin sat on both.',
    seeAlso: ['secretariat', 'general_secretary', 'nomenklatura'],
  },
  {
    id: 'secretariat',
    term: 'Secretariat',
    definition:
      'The office of the Central Committee\u2019s secretaries, led from 1922 by the General Secretary. It ran the party\u2019s day-to-day business, its files and its appointments.',
    seeAlso: ['general_secretary', 'orgburo'],
  },
  {
    id: 'general_secretary',
    term: 'General Secretary',
    definition:
      'The head of the party\u2019s Secretariat, a post created for Stalin in April 1922, which let him appoint loyal secretaries across the country. Historians disagree about it: in Deutscher\u2019s tradition it looked like dull paperwork whose power nobody noticed, while Kotkin argues it was made to be powerful from the start.',
    seeAlso: ['secretariat', 'circular_flow_of_power', 'nomenklatura'],
  },
  {
    id: 'rabkrin',
    term: 'Rabkrin',
    definition:
      'The Workers\u2019 and Peasants\u2019 Inspectorate, set up to check on government officials for waste and corruption. Stalin led it until 1922, and in 1923 it was joined to the party\u2019s Central Control Commission under Kuibyshev.',
    seeAlso: ['central_control_commission'],
  },
  {
    id: 'central_control_commission',
    term: 'Central Control Commission',
    definition:
      'The party body that disciplined members and could punish or expel them. It met jointly with the Central Committee to condemn the oppositions of the 1920s.',
    seeAlso: ['rabkrin', 'plenum'],
    aliases: ['Control Commission', 'CCC'],
  },
  {
    id: 'central_committee',
    term: 'Central Committee',
    definition:
      'The party\u2019s ruling body between congresses, elected by each Party Congress. It chose the Politburo, Orgburo and Secretariat, and could remove members from them.',
    seeAlso: ['politburo', 'party_congress', 'plenum'],
  },
  {
    id: 'plenum',
    term: 'Plenum',
    definition:
      'A full meeting of the Central Committee (sometimes together with the Control Commission). Many key decisions of the 1920s, such as Trotsky\u2019s removal from the War Commissariat, were taken at plenums.',
    seeAlso: ['central_committee'],
  },
  {
    id: 'party_congress',
    term: 'Party Congress',
    definition:
      'The party\u2019s supreme gathering of delegates from all over the country. It elected the Central Committee and voted on policy, so controlling who became a delegate meant controlling the party. Congresses met every year until 1925, but there was none in 1926, 1928 or 1929: the longer gaps show power moving to smaller bodies.',
    seeAlso: ['party_conference', 'central_committee', 'circular_flow_of_power'],
    aliases: ['congress'],
  },
  {
    id: 'party_conference',
    term: 'Party Conference',
    definition:
      'A smaller national party meeting held between congresses. It could condemn oppositions and approve policies, but it did not elect the Central Committee.',
    seeAlso: ['party_congress'],
  },
  {
    id: 'ban_on_factions',
    term: 'Ban on factions (1921)',
    definition:
      'The resolution "On Party Unity" passed at the 10th Congress in 1921, at Lenin\u2019s request. It forbade organised groups with their own platforms inside the party, so any opposition could be accused of "factionalism" and punished.',
    seeAlso: ['factionalism', 'left_opposition'],
    aliases: ['ban on factions', 'On Party Unity'],
  },
  {
    id: 'factionalism',
    term: 'Factionalism',
    definition:
      'The charge of forming an organised group inside the party, forbidden since 1921. It was the main weapon used against every opposition of the 1920s.',
    seeAlso: ['ban_on_factions'],
  },
  {
    id: 'lenin_enrolment',
    term: 'Lenin Enrolment',
    definition:
      'The mass recruitment of workers into the party after Lenin\u2019s death in 1924; about 240,000 joined within months. The newcomers knew little about the old debates and were grateful to the local secretaries who admitted them.',
    seeAlso: ['general_secretary', 'circular_flow_of_power'],
  },
  {
    id: 'lenins_testament',
    term: 'Lenin\u2019s Testament',
    definition:
      'Lenin\u2019s "Letter to the Congress", dictated in December 1922 and January 1923. It criticised each leader, named no successor, and asked the party to remove Stalin as General Secretary for his rudeness. In May 1924 it was read only to separate delegations of the 13th Congress and not published.',
    seeAlso: ['general_secretary'],
    aliases: ['Testament', 'Letter to the Congress'],
  },
  {
    id: 'left_opposition',
    term: 'Left Opposition',
    definition:
      'Trotsky and his supporters from 1923, who called for more democracy inside the party, faster industrialisation and economic planning. Its founding texts were Trotsky\u2019s letter of October 1923 and the Declaration of the 46.',
    seeAlso: ['declaration_of_46', 'united_opposition'],
  },
  {
    id: 'declaration_of_46',
    term: 'Declaration of the 46',
    definition:
      'A secret statement sent to the Politburo in October 1923 by 46 leading Bolsheviks. It criticised economic policy and the lack of free debate in the party.',
    seeAlso: ['left_opposition'],
  },
  {
    id: 'new_opposition',
    term: 'New Opposition',
    definition:
      'Zinoviev and Kamenev\u2019s opposition of 1925, based on the Leningrad party. It attacked Stalin\u2019s growing power and Bukharin\u2019s favours to the peasants, and was defeated at the 14th Congress.',
    seeAlso: ['united_opposition', 'troika'],
    aliases: ['Leningrad Opposition'],
  },
  {
    id: 'united_opposition',
    term: 'United Opposition',
    definition:
      'The alliance of Trotsky with Zinoviev and Kamenev from 1926 to 1927. It demanded faster industry, a harder line against the kulaks and free debate, and was crushed with the expulsions of 1927.',
    seeAlso: ['left_opposition', 'new_opposition'],
  },
  {
    id: 'right_opposition',
    term: 'Right Opposition',
    definition:
      'Bukharin, Rykov and Tomsky (with Uglanov\u2019s Moscow party) in 1928\u201329, who opposed forced grain collections and breakneck industrialisation and wanted to keep the NEP. Stalin condemned them as the "right deviation".',
    seeAlso: ['nep', 'smychka', 'right_deviation'],
    aliases: ['the Right'],
  },
  {
    id: 'right_deviation',
    term: 'Right deviation',
    definition:
      'The name Stalin\u2019s supporters gave to the Right Opposition\u2019s views, condemned at the November 1928 plenum. A "deviation" meant straying from the correct party line.',
    seeAlso: ['right_opposition'],
  },
  {
    id: 'scissors_crisis',
    term: 'Scissors crisis',
    definition:
      'The economic crisis of 1923, when factory prices rose far above farm prices. On a graph the two lines opened like the blades of scissors, and peasants stopped selling grain because it bought them so little.',
    seeAlso: ['goods_famine', 'nep'],
  },
  {
    id: 'goods_famine',
    term: 'Goods famine',
    definition:
      'The shortage of factory goods, such as cloth, boots and tools, for peasants to buy. With nothing to spend their money on, peasants had little reason to sell their grain.',
    seeAlso: ['scissors_crisis', 'procurement'],
  },
  {
    id: 'procurement',
    term: 'Procurement',
    definition:
      'The state\u2019s buying (and later seizing) of grain from the peasants to feed the towns and the army and to export. When procurements collapsed in the winter of 1927\u201328, Stalin turned to force.',
    seeAlso: ['urals_siberian_method', 'goods_famine'],
  },
  {
    id: 'urals_siberian_method',
    term: 'Urals\u2013Siberian method',
    definition:
      'The forced collection of grain used from 1928, after Stalin\u2019s trip to Siberia: peasants accused of hoarding were prosecuted and their grain taken. It marked the end of the NEP\u2019s free market in grain.',
    seeAlso: ['procurement', 'article_107'],
  },
  {
    id: 'article_107',
    term: 'Article 107',
    definition:
      'The article of the criminal code against speculation (buying up goods to push prices up). In 1928 Stalin had it used against peasants who would not sell their grain at the state\u2019s price.',
    seeAlso: ['urals_siberian_method'],
  },
  {
    id: 'five_year_plan',
    term: 'Five-Year Plan',
    definition:
      'The state\u2019s plan for the whole economy, setting targets for coal, steel, electricity and more. The First Five-Year Plan, approved in 1929 and backdated to October 1928, aimed at very fast industrialisation.',
    seeAlso: ['gosplan', 'vesenkha'],
  },
  {
    id: 'gosplan',
    term: 'Gosplan',
    definition:
      'The State Planning Commission, set up in 1921. It gathered statistics and drew up the national economic plans, including the Five-Year Plans.',
    seeAlso: ['five_year_plan', 'vesenkha'],
  },
  {
    id: 'vesenkha',
    term: 'Vesenkha (VSNKh)',
    definition:
      'The Supreme Council of the National Economy, which ran state industry. Dzerzhinsky headed it from 1924 and Kuibyshev, who pushed for faster growth, from 1926.',
    seeAlso: ['gosplan', 'five_year_plan'],
    aliases: ['VSNKh', 'Supreme Council of the National Economy'],
  },
  {
    id: 'collectivisation',
    term: 'Collectivisation',
    definition:
      'Merging the peasants\u2019 small farms into large collective farms (kolkhozy) controlled by the state. It was forced through from the winter of 1929\u201330, with terrible loss of life.',
    seeAlso: ['great_turn', 'dekulakisation', 'kolkhoz'],
    aliases: ['collectivization'],
  },
  {
    id: 'kolkhoz',
    term: 'Kolkhoz',
    definition:
      'A collective farm, where the land, tools and animals of many households were pooled and farmed together under an elected (in practice party-controlled) committee. A sovkhoz was a state farm where peasants worked for wages.',
    seeAlso: ['collectivisation'],
    aliases: ['kolkhozy', 'sovkhoz'],
  },
  {
    id: 'great_turn',
    term: 'Great Turn',
    definition:
      'Stalin\u2019s name for the sharp change of course in 1929, announced in his article "A Year of Great Change": the end of the NEP, mass collectivisation and breakneck industrialisation.',
    seeAlso: ['collectivisation', 'five_year_plan'],
    aliases: ['Great Break', 'year of great change'],
  },
  {
    id: 'dekulakisation',
    term: 'Dekulakisation',
    definition:
      'The campaign to "liquidate the kulaks as a class", announced by Stalin in December 1929. Families labelled kulaks lost their land and property, and many were deported to distant regions.',
    seeAlso: ['kulaks', 'collectivisation'],
  },
  {
    id: 'comintern',
    term: 'Comintern',
    definition:
      'The Communist International, founded in Moscow in 1919 to lead communist parties around the world towards revolution. Zinoviev chaired it until 1926; Bukharin then led it until 1929.',
    seeAlso: ['permanent_revolution'],
    aliases: ['Communist International'],
  },
  {
    id: 'ogpu',
    term: 'OGPU',
    definition:
      'The Soviet secret police from 1923, successor to the Cheka and the GPU, led by Dzerzhinsky until 1926 and then by Menzhinsky. It watched the opposition and carried out Trotsky\u2019s exile.',
    seeAlso: ['cheka'],
    aliases: ['GPU'],
  },
  {
    id: 'cheka',
    term: 'Cheka',
    definition:
      'The first Bolshevik secret police, founded by Dzerzhinsky in December 1917, which carried out the Red Terror during the Civil War.',
    seeAlso: ['ogpu'],
  },
  {
    id: 'nomenklatura',
    term: 'Nomenklatura',
    definition:
      'The list of important posts that could only be filled with the party\u2019s approval, and by extension the officials who held them. Controlling the list gave the Secretariat power over careers across the country.',
    seeAlso: ['orgburo', 'general_secretary', 'circular_flow_of_power'],
  },
  {
    id: 'circular_flow_of_power',
    term: 'Circular flow of power',
    definition:
      'The historian Robert Daniels\u2019 name for how Stalin\u2019s power grew in a circle. The General Secretary appointed local secretaries, and they chose the delegates to the Party Congress. The Congress then elected the Central Committee, which kept the General Secretary in office.',
    seeAlso: ['general_secretary', 'party_congress', 'nomenklatura'],
  },
  {
    id: 'bonapartism',
    term: 'Bonapartism',
    definition:
      'The fear that a revolution would end in military dictatorship, as the French Revolution ended with Napoleon Bonaparte. As head of the Red Army, Trotsky was the leader most suspected of such ambitions.',
    seeAlso: ['thermidor'],
    aliases: ['Bonaparte'],
  },
  {
    id: 'thermidor',
    term: 'Thermidor',
    definition:
      'The month of 1794 when moderates overthrew the radical leaders of the French Revolution. Oppositionists warned that the Soviet bureaucracy was carrying out a "Soviet Thermidor" against the revolution.',
    seeAlso: ['bonapartism'],
  },
  {
    id: 'pravda',
    term: 'Pravda',
    definition:
      'The party\u2019s main newspaper ("Truth"), edited by Bukharin until 1929. Whoever controlled it controlled what party members across the country read.',
    seeAlso: ['right_opposition'],
  },
  {
    id: 'war_scare',
    term: 'War scare of 1927',
    definition:
      'The fear in 1927 that Britain and other capitalist powers were about to attack the USSR, after the break with Britain and the murder of a Soviet envoy. It caused panic buying and grain hoarding, and it made criticism of the leadership look like disloyalty.',
    seeAlso: ['procurement'],
    aliases: ['war scare'],
  },
  {
    id: 'old_bolsheviks',
    term: 'Old Bolsheviks',
    definition:
      'Party members who had joined before the revolution of 1917. By the mid-1920s they were a small minority of a party swollen by newcomers.',
    seeAlso: ['lenin_enrolment'],
  },
  {
    id: 'workers_opposition',
    term: 'Workers\u2019 Opposition',
    definition:
      'A group of Bolsheviks led by Alexander Shlyapnikov and Alexandra Kollontai who wanted the trade unions, not party officials, to run industry. The 10th Congress condemned them in March 1921, and the ban on factions was aimed at groups like theirs.',
    seeAlso: ['ban_on_factions', 'democratic_centralists'],
    date: '1921-03',
    ref: 'Encyclopaedia Britannica, "Workers\u2019 Opposition"; Schapiro, The Origin of the Communist Autocracy (1955).',
  },
  {
    id: 'democratic_centralists',
    term: 'Democratic Centralists',
    definition:
      'A group inside the party, around Sapronov and Osinsky, that from 1919 attacked the growing power of appointed officials and asked for more debate and elections. Several of them later signed the Declaration of the 46 and joined the opposition.',
    seeAlso: ['workers_opposition', 'declaration_of_46', 'ban_on_factions'],
    aliases: ['Decists'],
    date: '1919',
    ref: 'Daniels, The Conscience of the Revolution (1960); Encyclopedia of Russian History, "Democratic Centralists".',
  },
  {
    id: 'primitive_socialist_accumulation',
    term: 'Primitive socialist accumulation',
    definition:
      'Preobrazhensky\u2019s idea (1924\u201326) that a poor socialist state must build its industry by taking wealth from the private, mostly peasant, economy through prices and taxes. Bukharin replied that this would break the smychka; the argument was the heart of the industrialisation debate.',
    seeAlso: ['smychka', 'nep', 'five_year_plan'],
    date: '1924',
    ref: 'Preobrazhensky, The New Economics (1926); Erlich, The Soviet Industrialization Debate (1960).',
  },
  {
    id: 'lenin_cult',
    term: 'Lenin cult',
    definition:
      'The worship of Lenin that began when he died in January 1924: his embalmed body on show in a mausoleum, Petrograd renamed Leningrad, his portraits and sayings everywhere. Every contender then claimed to be Lenin\u2019s most faithful pupil.',
    seeAlso: ['lenin_enrolment', 'lenins_testament'],
    aliases: ['cult of Lenin'],
    date: '1924-01',
    ref: 'Tumarkin, Lenin Lives! The Lenin Cult in Soviet Russia (1983).',
  },
  {
    id: 'bourgeois_specialists',
    term: 'Bourgeois specialists',
    definition:
      'Engineers, officers, economists and other experts trained before 1917, whom the Bolsheviks needed but did not trust. From the Shakhty trial of 1928 many were accused of sabotage, and young communists were trained to replace them.',
    seeAlso: ['vydvizhentsy', 'nep'],
    aliases: ['spetsy'],
    date: '1928-05',
    ref: 'Fact sheet: shakhty_trial (1928-05-18); Fitzpatrick, Education and Social Mobility in the Soviet Union (1979).',
  },
  {
    id: 'apparatchik',
    term: 'Apparatchik',
    definition:
      'A full-time, paid official of the party machine (the "apparatus"), appointed from above rather than elected. Stalin\u2019s power rested on these officials.',
    seeAlso: ['nomenklatura', 'secretariat', 'circular_flow_of_power'],
    aliases: ['apparatchiki'],
    ref: 'Encyclopaedia Britannica, "apparatchik"; Daniels, "The Secretariat and the Local Organizations" (Russian Review, 1957).',
  },
  {
    id: 'vydvizhentsy',
    term: 'Vydvizhentsy',
    definition:
      'Russian for "those pushed up": workers and peasants promoted quickly into education and management in the late 1920s and 1930s. Fitzpatrick argues that they owed their rise to Stalin\u2019s revolution and became its loyal supporters.',
    seeAlso: ['bourgeois_specialists', 'lenin_enrolment'],
    aliases: ['promotees'],
    date: '1928',
    ref: 'Fitzpatrick, "Stalin and the Making of a New Elite" (Slavic Review, 1979).',
  },
  {
    id: 'left_right_centre',
    term: 'Left, Right and Centre',
    definition:
      'Labels for the party\u2019s wings in the 1920s. The Left (Trotsky, later Zinoviev and Kamenev) wanted faster industry and world revolution; the Right (Bukharin, Rykov, Tomsky) wanted to keep the NEP and the peasants\u2019 goodwill; the Centre (Stalin and the apparatus) moved between them.',
    seeAlso: ['left_opposition', 'right_opposition', 'nep', 'socialism_in_one_country'],
    aliases: ['the Centre'],
    ref: 'Cohen, Bukharin and the Bolshevik Revolution (1973); Carr, Socialism in One Country, vol. 2 (1959).',
  },
  {
    id: 'waverer',
    term: 'Waverer',
    definition:
      'In this game, a Politburo member with views of his own on the economy (Kalinin, Voroshilov, Rudzutak, Kuibyshev, Ordzhonikidze). He usually votes with his patron, but votes his own views when the patron asks too much, and another leader whose views are not too far from his can court him; a man won over keeps his word to the end of the quarter, and once his patron wins him back he stays in line for half a year. In the record these men were Stalin\u2019s allies, not his puppets: in July 1928 Kalinin and Voroshilov leaned towards Bukharin before siding with Stalin.',
    seeAlso: ['politburo', 'right_opposition'],
    aliases: ['waverers', 'court a waverer'],
    date: '1928-07',
    ref: 'Cohen, Bukharin and the Bolshevik Revolution (1973), ch. 9 (Bukharin to Kamenev, July 1928).',
  },
  {
    id: 'recantation_truce',
    term: 'Truce after recanting',
    definition:
      'In this game, a leader who admits his errors (self-criticism) cannot be censured or denounced by rivals for three quarters, nor dropped from the Central Committee or expelled from the party. He can still lose a Politburo seat. In the record, the opposition\u2019s statement of October 1926 put off its leaders\u2019 expulsion for a year (Trotsky still lost his Politburo seat a week later), and recanting bought Zinoviev and Kamenev time again in 1928, but never their old power back.',
    seeAlso: ['factionalism', 'ban_on_factions'],
    aliases: ['truce', 'recant'],
  },
  {
    id: 'open_factional_work',
    term: 'Open factional work',
    definition:
      'Signing an opposition platform against the party line. In this game only a man who has done it (or whose group the party has branded, as the United Opposition in 1926 and the "right deviation" in 1929) can be voted out of the Politburo. In the record the majority condemned Trotsky in 1923\u201324, but removed him from the Politburo only in October 1926, after the United Opposition.',
    seeAlso: ['factionalism', 'ban_on_factions', 'united_opposition'],
    aliases: ['opposition platform', 'platform', 'branded'],
    date: '1926-10',
  },
  {
    id: 'secretariat_election',
    term: 'Electing the Secretariat',
    definition:
      'After each congress the new Central Committee elected the Politburo, the Orgburo and the Secretariat; in 1923, 1924 and 1925 it kept Stalin, even after Lenin\u2019s Testament was read to the delegates in 1924. In this game the quarter after a congress is the moment to give the General Secretaryship to someone else, whatever the holder\u2019s standing. While Lenin lives it is the only moment: a simplification, since no plenum between congresses tried to move Stalin in Lenin\u2019s lifetime, and Lenin\u2019s postscript of January 1923, written for the congress, asked the comrades to think of a way to remove him.',
    seeAlso: ['general_secretary', 'orgburo', 'central_committee', 'lenins_testament'],
    date: '1924-06',
  },
  {
    id: 'open_debate',
    term: 'Open debate (floor delegates)',
    definition:
      'Delegates to a congress that no secretary picked. In this game a popular leader (prestige 55 or more) who stands close to a region\u2019s mood wins some of them, and so seats in the Central Committee, but the apparatus calls it agitation (more heat). In December 1923 the opposition won many of Moscow\u2019s party cells before the apparatus closed ranks and kept them from the 13th Conference.',
    seeAlso: ['circular_flow_of_power', 'central_committee'],
    aliases: ['floor delegates'],
    date: '1923-12',
  },
];
