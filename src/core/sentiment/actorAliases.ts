/**
 * Seed table of named actors: countries, their demonyms, capitals used as metonyms ("Moscow
 * said"), common short forms, and the international bodies news copy names most.
 *
 * How an alias is written decides how it matches: all capitals ("US", "UN") must appear in
 * capitals, so the pronoun "us" is never the United States; a capitalised alias ("Russia")
 * must be capitalised in the text; a lower-case alias ("western") matches in any case.
 * Entries with `actor: null` block a longer name that contains an alias ("South America",
 * "Washington Post") or a region that is not an actor ("Middle East").
 */
export interface ActorSeed {
  readonly actor: string | null;
  readonly aliases: readonly string[];
}

/** The seed actors, each with the names news copy uses for it. */
export const ACTOR_SEEDS: readonly ActorSeed[] = [
  { actor: 'Russia', aliases: ['Russia', 'Russian', 'Russians', 'Russian Federation', 'Moscow', 'Kremlin'] },
  { actor: 'Ukraine', aliases: ['Ukraine', 'Ukrainian', 'Ukrainians', 'Kyiv', 'Kiev'] },
  {
    actor: 'the US',
    aliases: ['US', 'U.S', 'USA', 'U.S.A', 'United States', 'United States of America', 'Washington DC', 'Washington D.C', 'America', 'American', 'Americans', 'Washington', 'White House', 'Pentagon', 'State Department'],
  },
  { actor: 'Pakistan', aliases: ['Pakistan', 'Pakistani', 'Pakistanis', 'Islamabad'] },
  { actor: 'India', aliases: ['India', 'Indian', 'Indians', 'New Delhi', 'Delhi'] },
  { actor: 'China', aliases: ['China', 'Chinese', 'Beijing', 'PRC'] },
  { actor: 'Taiwan', aliases: ['Taiwan', 'Taiwanese', 'Taipei'] },
  { actor: 'Israel', aliases: ['Israel', 'Israeli', 'Israelis', 'IDF', 'Tel Aviv'] },
  { actor: 'Palestinians', aliases: ['Gaza', 'Gazans', 'Palestine', 'Palestinian', 'Palestinians', 'West Bank', 'Ramallah'] },
  { actor: 'Hamas', aliases: ['Hamas'] },
  { actor: 'Hezbollah', aliases: ['Hezbollah', 'Hizbollah'] },
  { actor: 'Iran', aliases: ['Iran', 'Iranian', 'Iranians', 'Tehran'] },
  { actor: 'Iraq', aliases: ['Iraq', 'Iraqi', 'Iraqis', 'Baghdad'] },
  { actor: 'Syria', aliases: ['Syria', 'Syrian', 'Syrians', 'Damascus'] },
  { actor: 'Lebanon', aliases: ['Lebanon', 'Lebanese', 'Beirut'] },
  { actor: 'Saudi Arabia', aliases: ['Saudi Arabia', 'Saudi', 'Saudis', 'Riyadh'] },
  { actor: 'Turkey', aliases: ['Turkey', 'Türkiye', 'Turkish', 'Ankara'] },
  { actor: 'Egypt', aliases: ['Egypt', 'Egyptian', 'Egyptians', 'Cairo'] },
  { actor: 'Qatar', aliases: ['Qatar', 'Qatari', 'Doha'] },
  { actor: 'Yemen', aliases: ['Yemen', 'Yemeni', 'Houthi', 'Houthis', 'Sanaa'] },
  { actor: 'Afghanistan', aliases: ['Afghanistan', 'Afghan', 'Afghans', 'Kabul'] },
  { actor: 'the Taliban', aliases: ['Taliban'] },
  { actor: 'Bangladesh', aliases: ['Bangladesh', 'Bangladeshi', 'Dhaka'] },
  { actor: 'Sri Lanka', aliases: ['Sri Lanka', 'Sri Lankan', 'Colombo'] },
  { actor: 'Myanmar', aliases: ['Myanmar', 'Burma', 'Burmese', 'Naypyidaw'] },
  { actor: 'North Korea', aliases: ['North Korea', 'North Korean', 'Pyongyang', 'DPRK'] },
  { actor: 'South Korea', aliases: ['South Korea', 'South Korean', 'Seoul'] },
  { actor: 'Japan', aliases: ['Japan', 'Japanese', 'Tokyo'] },
  { actor: 'the UK', aliases: ['UK', 'U.K', 'United Kingdom', 'Britain', 'British', 'London', 'Downing Street'] },
  { actor: 'France', aliases: ['France', 'French', 'Paris', 'Elysee', 'Élysée'] },
  { actor: 'Germany', aliases: ['Germany', 'German', 'Germans', 'Berlin'] },
  { actor: 'Poland', aliases: ['Poland', 'Polish', 'Poles', 'Warsaw'] },
  { actor: 'Belarus', aliases: ['Belarus', 'Belarusian', 'Minsk'] },
  { actor: 'the Soviet Union', aliases: ['Soviet Union', 'Soviet', 'Soviets', 'USSR'] },
  { actor: 'Crimea', aliases: ['Crimea', 'Crimean'] },
  { actor: 'Venezuela', aliases: ['Venezuela', 'Venezuelan', 'Caracas'] },
  { actor: 'Cuba', aliases: ['Cuba', 'Cuban', 'Havana'] },
  { actor: 'Mexico', aliases: ['Mexico', 'Mexican', 'Mexicans'] },
  { actor: 'Canada', aliases: ['Canada', 'Canadian', 'Ottawa'] },
  { actor: 'Brazil', aliases: ['Brazil', 'Brazilian', 'Brasilia'] },
  { actor: 'Sudan', aliases: ['Sudan', 'Sudanese', 'Khartoum'] },
  { actor: 'Ethiopia', aliases: ['Ethiopia', 'Ethiopian', 'Addis Ababa'] },
  { actor: 'South Africa', aliases: ['South Africa', 'South African', 'Pretoria'] },
  { actor: 'NATO', aliases: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'] },
  { actor: 'the EU', aliases: ['EU', 'E.U', 'European Union', 'Brussels', 'European Commission'] },
  { actor: 'the UN', aliases: ['UN', 'U.N', 'United Nations', 'Security Council', 'General Assembly'] },
  { actor: 'the West', aliases: ['West', 'Western', 'western', 'Westerners'] },
  { actor: 'the IMF', aliases: ['IMF', 'International Monetary Fund'] },
  {
    actor: null,
    aliases: [
      'West Africa', 'West Virginia', 'West End', 'Western Europe', 'Western Cape', 'Western Sahara',
      'South America', 'Latin America', 'North America', 'Central America', 'Voice of America',
      'New Mexico', 'Washington Post', 'Paris Agreement', 'Paris Hilton',
      'French Guiana', 'German Shepherd', 'Turkish Airlines', 'Indian Ocean', 'American Samoa', 'British Columbia',
      'Middle East', 'South Asia', 'South Asian', 'East Asia', 'Southeast Asia', 'Eastern Europe', 'Central Asia',
    ],
  },
];
