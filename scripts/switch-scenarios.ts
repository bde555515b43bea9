// The scenario each what-if is measured in: the one nearest its divergence that offers it.
// (1926-lesson ends in spring 1928, too early for a 1927 switch to play out, so the 1927
// switches are measured in 1926-united-opposition.)
export const SWITCH_SCENARIO: Readonly<Record<string, string>> = {
  testament_read_12th: '1922-full',
  trotsky_at_funeral: '1924-lenin-dies',
  zk_back_trotsky_1925: '1924-lenin-dies',
  good_harvest_1927: '1926-united-opposition',
  no_war_scare_1927: '1926-united-opposition',
  bukharin_kamenev_1928: '1928-grain-crisis',
};
