// Deal sectors: civil airliners (by model or bought by an airline) are trade; military aircraft stay defense.
#include "deal_sector.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("airliners named by model are trade, not defense") {
  auto d = deals_of("Chile signed a deal to buy 12 A350 jets from France.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
}

TEST_CASE("jets bought by an airline are trade unless the clause calls them military") {
  auto d = deals_of("Peru's flag airline signed a contract to buy 20 jets from Brazil.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
  auto m = deals_of("Peru signed a contract to buy 20 fighter jets from Brazil, an airline official said.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].sector == "defense");
  auto plain = deals_of("Peru signed a contract to buy 20 jets from Brazil.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].sector == "defense");
}

TEST_CASE("a loan that pays for something told before it ('financed by a loan') takes that sector") {
  auto d = deals_of(
      "Chile's rail company is laying a new railway to Peru, financed by a $300 million loan from Peru.");
  REQUIRE(d.size() == 1);  // the railway with its loan's amount (deal_financing_test.cpp)
  CHECK(d[0].value_usd == 300e6);
  CHECK(d[0].sector == "infrastructure");
  auto plain = deals_of("Chile took a $300 million loan from Peru to cover its budget.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].sector == "finance");
}

TEST_CASE("transport and trainer aircraft are defense, not transport infrastructure") {
  auto d = deals_of("Chile will buy four C-295 transport aircraft from Spain.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  auto t = deals_of("Peru signed a contract with Korea for 20 trainer aircraft.");
  REQUIRE(t.size() == 1);
  CHECK(t[0].sector == "defense");
  auto rail = deals_of("Chile will build a transport corridor with Peru worth $2 billion.");
  REQUIRE(rail.size() == 1);
  CHECK(rail[0].sector == "infrastructure");
}

TEST_CASE(
    "mining and critical-mineral deals are sector other, even when they are loans or beside energy deals") {
  auto loan =
      deals_of("Canada will lend $90 million to a Chilean miner to process lithium for export to Canada.");
  REQUIRE(loan.size() == 1);
  CHECK(loan[0].sector == "other");
  auto jv = deals_of("Peru is in talks with Japan on a copper joint venture worth about $400 million.");
  REQUIRE(jv.size() == 1);
  CHECK(jv[0].sector == "other");
  auto mou = deals_of(
      "Chile signed a gas pipeline deal with Argentina. It also signed an oil supply contract with "
      "Argentina. "
      "Chile and Argentina signed a memorandum on rare metals as well.");
  REQUIRE(mou.size() == 3);
  CHECK(mou[2].sector == "other");
  auto plain = deals_of("Canada will lend $90 million to Chile to repair its roads.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].sector == "infrastructure");
}

TEST_CASE("rolled-over deposits are finance") {
  auto d = deals_of(
      "Chile and Peru met. Chile has pledged to roll over $2 billion in deposits that mature this month.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "finance");
}

TEST_CASE("drilling for oil is energy, not a military drill") {
  auto d = deals_of("Chile and Peru agreed in 2023 to set up a joint venture to drill for oil off Arica.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
  auto drill = deals_of("Chile and Peru held a joint drill off Arica in 2023.");
  REQUIRE(drill.size() == 1);
  CHECK(drill[0].sector == "defense");
}

TEST_CASE("a counted order without a sector word takes the story's common sector") {
  auto d = deals_of(
      "Peru bought 12 fighter jets from Chile. Peru also ordered 4 frigates from Chile. Peru then ordered 20 "
      "units from Chile's Asmar.");
  REQUIRE(d.size() == 3);
  CHECK(d[2].quantity == std::string("20 units"));
  CHECK(d[2].sector == "defense");
}

TEST_CASE("a loan to buy something takes the sector of what it buys") {
  auto d = deals_of("Chile and Peru signed a $200 million loan agreement to help Lima buy patrol boats.");
  REQUIRE_FALSE(d.empty());
  CHECK(d[0].kind == "loan");
  CHECK(d[0].sector == "defense");
  auto plain = deals_of("Chile and Peru signed a $200 million loan agreement, and Lima bought patrol boats.");
  REQUIRE_FALSE(plain.empty());
  CHECK(plain[0].sector == "finance");
}

TEST_CASE("agreements 'covering' several fields are a mixed package (other)") {
  auto d = deals_of(
      "Chile and Peru signed seven memoranda of understanding on Monday, covering railways, maritime "
      "cooperation, health and digital payments.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
  auto one = deals_of("Chile and Peru signed seven memoranda of understanding on Monday, covering railways.");
  REQUIRE(one.size() == 1);
  CHECK(one[0].sector == "infrastructure");
}

TEST_CASE("goods named by a definite reference take the sector of the deal told before them") {
  auto d = deals_of(
      "Chile ordered three Tamandare-class frigates from Peru for $900 million in May. Peru "
      "delivered the first two ships of the class in October.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].sector == "defense");
  CHECK(d[1].sector == "defense");
  CHECK(d[1].status == "completed");
}

TEST_CASE("a component takes the sector of what it serves, told in its clause") {
  auto d = deals_of(
      "Chile signed a $40 million contract with Peru for marine gas turbines that will drive four navy "
      "patrol boats.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  // Without a platform named, the engines' own words decide.
  auto plain = deals_of("Chile signed a $40 million contract with Peru for gas turbines at a power station.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].sector == "energy");
}

TEST_CASE("a free trade or economic partnership agreement is trade, whatever goods its clause names") {
  auto d = deals_of(
      "Peru and Korea signed an economic partnership agreement on Monday that will cut tariffs on Peruvian "
      "copper and zinc.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
  // A copper deal with no trade agreement stays in mining's sector.
  auto m = deals_of("Peru and Korea signed a deal on Monday to develop a copper mine.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].sector == "other");
}

TEST_CASE("a loan for a named transport project takes infrastructure; a credit or swap line stays finance") {
  auto d = deals_of("Chile agreed a $400 million loan with Peru for the Arica rail link.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
  auto ext = deals_of("Peru is negotiating a loan from Japan for the Lima metro line extension.");
  REQUIRE(ext.size() == 1);
  CHECK(ext[0].sector == "infrastructure");
  auto credit = deals_of("Peru opened a $2 billion credit line with Chile for its exporters.");
  REQUIRE(credit.size() == 1);
  CHECK(credit[0].sector == "finance");
  auto swap = deals_of("Chile signed a currency swap line with Peru for trade settlement.");
  REQUIRE(swap.size() == 1);
  CHECK(swap[0].sector == "finance");
}

TEST_CASE("an offtake contract is a sale of output, so trade") {
  auto d = deals_of(
      "Chile's copper firm agreed to sell 50,000 tonnes of cathodes a year to a Korean buyer under "
      "a five-year offtake contract.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
}

TEST_CASE("a loan named by a definite reference pays for what the loan told before paid for") {
  auto d = deals_of(
      "Chile is building a bridge to Peru, financed by a $200 million loan from Japan. The loan "
      "agreement was signed in Tokyo in May.");
  int loans = 0;
  for (const auto& x : d) {
    if (x.item.rfind("loan", 0) != 0) continue;
    ++loans;
    CHECK(x.sector == "infrastructure");
  }
  CHECK(loans >= 1);
  auto plain = deals_of("Chile took a $200 million loan from Japan. The loan agreement was signed in May.");
  REQUIRE(!plain.empty());
  CHECK(plain.back().sector == "finance");
}

TEST_CASE("civil defence is emergency management, not defense") {
  auto d =
      deals_of("Peru and Chile signed a memorandum on flood relief between their civil defence agencies.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
  auto army = deals_of("Peru and Chile signed a memorandum on defence cooperation between their armies.");
  REQUIRE(army.size() == 1);
  CHECK(army[0].sector == "defense");
}

TEST_CASE("a civil defence memorandum keeps its own sector in a defense story") {
  auto d = deals_of(
      "Peru bought 12 fighter jets from Chile. Peru also bought six frigates from Chile. The two "
      "signed a memorandum on flood relief between their civil defence agencies.");
  REQUIRE(d.size() == 3);
  CHECK(d[2].sector == "other");
}

TEST_CASE("a hydroelectric dam is energy, not infrastructure") {
  auto d =
      deals_of("Japan agreed to lend Peru $900 million for the hydroelectric dams on the Mantaro River.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
}

TEST_CASE("fertilisers are trade; Eurofighters, destroyers and warplanes are defense") {
  auto d = deals_of("Morocco signed a contract to supply 300,000 tonnes of phosphate fertiliser to Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
  auto jets = deals_of("Peru signed a contract with Britain for 12 Eurofighter Typhoons.");
  REQUIRE(jets.size() == 1);
  CHECK(jets[0].sector == "defense");
  auto ships = deals_of("Peru signed a contract to buy two Abukuma-class destroyer escorts from Japan.");
  REQUIRE(ships.size() == 1);
  CHECK(ships[0].sector == "defense");
}

TEST_CASE("drones and unmanned aerial vehicles are defense") {
  auto d = deals_of("Chile signed an export contract with Greece for 18 unmanned combat aerial vehicles.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  auto uav = deals_of("Greece agreed to supply Chile with six UAVs worth $80 million.");
  REQUIRE(uav.size() == 1);
  CHECK(uav[0].sector == "defense");
}

TEST_CASE("a joint venture set up is an agreement of no sector of its own, not an infrastructure project") {
  auto jv = deals_of(
      "Chilean software group Acme has set up a joint venture with Peru's Zeta in Lima, "
      "employing 300 engineers.");
  REQUIRE(jv.size() == 1);
  CHECK(jv[0].sector == "other");
  // A plant set up is still a project.
  auto plant =
      deals_of("Chilean group Acme has set up a plant with Peru's Zeta in Lima, employing 300 workers.");
  REQUIRE(plant.size() == 1);
  CHECK(plant[0].sector == "infrastructure");
}

TEST_CASE("farm goods bought are trade; transformers and interconnectors are energy") {
  auto sugar = deals_of("Chile agreed to buy 200,000 tonnes of Peruvian sugar.");
  REQUIRE(sugar.size() == 1);
  CHECK(sugar[0].sector == "trade");
  auto saplings = deals_of("Chile signed a deal to buy Peruvian olive saplings.");
  REQUIRE(saplings.size() == 1);
  CHECK(saplings[0].sector == "trade");
  auto maker = deals_of("Chile's Acme agreed to buy Peru's biggest transformer maker for $300 million.");
  REQUIRE(maker.size() == 1);
  CHECK(maker[0].sector == "energy");
}

TEST_CASE("a loan for a subway, tram or light-rail line takes the infrastructure sector") {
  auto d = deals_of("Peru signed a $400 million loan with Chile for the Lima subway on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
}

TEST_CASE("a lifted restriction on goods of no named sector is trade") {
  auto d = deals_of("Chile lifted its restriction on Peruvian fresh lucuma.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
}

TEST_CASE("a credit line for irrigation or water projects is infrastructure") {
  auto irrigation =
      deals_of("Chile and Peru agreed on a $150 million line of credit for irrigation schemes in Tacna.");
  REQUIRE(irrigation.size() == 1);
  CHECK(irrigation[0].sector == "infrastructure");
  auto water = deals_of(
      "Chile's development bank extended a $90 million credit to Peru for water projects in 12 towns.");
  REQUIRE(water.size() == 1);
  CHECK(water[0].sector == "infrastructure");
}

TEST_CASE("a memorandum on fisheries or farming keeps its own field in a story of another sector") {
  auto d = deals_of(
      "Chile agreed to sell 2 million tonnes of LNG a year to Peru. Chile will also build a gas pipeline to "
      "Peru "
      "worth $2 billion. The two sides also signed a memorandum of understanding on cooperation in fisheries "
      "and "
      "aquaculture.");
  REQUIRE(d.size() == 3);
  CHECK(d[0].sector == "energy");
  CHECK(d[2].sector == "other");
}

TEST_CASE("protected mobility vehicles and personnel carriers are defense") {
  auto d = deals_of("Peru will buy 20 protected mobility vehicles from Chile.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  auto apc = deals_of("Peru will buy 40 armoured personnel carriers from Chile.");
  REQUIRE(apc.size() == 1);
  CHECK(apc[0].sector == "defense");
}

TEST_CASE("budget support given is assistance of sector finance") {
  auto d = deals_of("Chile will provide $300 million in budget support to Peru over three years.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "assistance");
  CHECK(d[0].sector == "finance");
  CHECK(d[0].value_usd == 300e6);
}

TEST_CASE("a treaty or a boundary agreement keeps sector other in a defence story") {
  auto d = deals_of(
      "Chile bought 12 F-16 fighters from the Netherlands in 2005. Chile ordered 20 tanks from Germany in "
      "2007. Chile and Argentina signed a treaty in 1984. Chile and Peru ratified a Land Boundary Agreement "
      "in 2014.");
  REQUIRE(d.size() == 4);
  CHECK(d[0].sector == "defense");
  for (std::size_t k = 2; k < d.size(); ++k) CHECK(d[k].sector == "other");
}

TEST_CASE("early-warning aircraft are defense, a production-sharing contract energy") {
  auto aew =
      deals_of("Norway offered to sell Peru two airborne early-warning aircraft on favourable credit terms.");
  REQUIRE(aew.size() == 1);
  CHECK(aew[0].sector == "defense");
  auto psc =
      deals_of("Peru and Norway concluded a $300 million production-sharing contract for the Talara block.");
  REQUIRE(psc.size() == 1);
  CHECK(psc[0].sector == "energy");
}

TEST_CASE("a loan to buy locomotives and wagons is infrastructure") {
  auto d = deals_of(
      "Norway signed a $300 million loan with Peru in 2024 to upgrade the southern line and buy new wagons "
      "and locomotives.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
}

TEST_CASE("a loan to rebuild a list of things takes the sector the list names most, not its first member's") {
  auto d = deals_of("Norway extended a $200 million loan to Moldova to repair clinics, roads and bridges.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
  // A clause after the comma is no list: the loan still pays for the port.
  auto port = deals_of(
      "Moldova is in talks with Norway over a $200 million loan to expand the port of Giurgiulesti, and the "
      "bank said a deal on loans and bonds was close.");
  REQUIRE_FALSE(port.empty());
  CHECK(port[0].sector == "infrastructure");
  // One field named alone keeps its sector; a tie keeps the first member's.
  auto one = deals_of("Norway will lend Moldova $200 million for clinics.");
  REQUIRE(one.size() == 1);
  CHECK(one[0].sector == "health");
}

TEST_CASE("drill rigs are mining or oil equipment, not military drills") {
  auto d = deals_of("Peru will buy 12 drill rigs from Chile for $30 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector != "defense");
}

TEST_CASE("a river's bank or a place named Bank is no finance cue") {
  auto river = deals_of("Peru signed a $90 million contract with Chile for homes on the bank of the Rimac.");
  REQUIRE(river.size() == 1);
  CHECK(river[0].sector != "finance");
  auto west = deals_of("Jordan signed a $5 million contract with Israel for homes near the West Bank.");
  REQUIRE(west.size() == 1);
  CHECK(west[0].sector != "finance");
  // A lender is still one.
  auto lender = deals_of("Peru signed a $90 million loan with a Chilean state bank.");
  REQUIRE(lender.size() == 1);
  CHECK(lender[0].sector == "finance");
}

TEST_CASE("rocket launchers are arms; biofuels and offshore exploration are energy") {
  auto launchers =
      deals_of("Ghana bought multi-barrel rocket launchers from Turkey for $90 million in 2023.");
  REQUIRE(launchers.size() == 1);
  CHECK(launchers[0].sector == "defense");
  auto bio =
      deals_of("Ghana and Brazil signed a memorandum of understanding on biofuels and offshore exploration.");
  REQUIRE(bio.size() == 1);
  CHECK(bio[0].sector == "energy");
}

TEST_CASE("a fighter's model name in the plural is defense") {
  auto d = deals_of("Peru and Chile are partners. The 12 Gripens bought from Sweden in 2016 were costly.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  auto r = deals_of("Peru and Chile are partners. The 12 Rafales bought from France in 2016 were costly.");
  REQUIRE(r.size() == 1);
  CHECK(r[0].sector == "defense");
}

TEST_CASE("a loan for a power or health project takes that project's sector; one for trade stays finance") {
  auto power = deals_of(
      "Peru's Cofide extended a $90 million line of credit to Bolivia for solar mini-grids in villages.");
  REQUIRE(power.size() == 1);
  CHECK(power[0].sector == "energy");
  auto clinics = deals_of("Chile extended a $40 million loan to Peru for rural hospitals.");
  REQUIRE(clinics.size() == 1);
  CHECK(clinics[0].sector == "health");
  auto settle = deals_of("Chile extended a $40 million loan to Peru for trade settlement.");
  REQUIRE(settle.size() == 1);
  CHECK(settle[0].sector == "finance");
}

TEST_CASE("an ethanol or biofuel plant is energy") {
  auto d = deals_of("A Chilean firm will invest $200 million in a sugarcane ethanol plant in Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
}

TEST_CASE("a contract to drill wells is energy, not a military drill") {
  auto d =
      deals_of("Chile's Enap won a $200 million contract from Peru to drill wells at the Camisea field.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
}

TEST_CASE("an agreement on water management is infrastructure") {
  auto d = deals_of("Chile and Bolivia signed an agreement on water management in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
}

TEST_CASE("basmati, cassava and tea purchases are trade; a petrochemical complex is energy") {
  std::string head = " date 2025-06-02 Trade\n\n";
  auto rice = deals_of(head +
                       "In 2021 Peru's state miller signed a contract to buy 80,000 tonnes of Thai basmati "
                       "from Thailand.\n");
  REQUIRE(rice.size() == 1);
  CHECK(rice[0].sector == "trade");
  auto plant =
      deals_of(head +
               "Thailand and Peru signed a contract for a $2 billion petrochemical complex in Callao "
               "in 2021.\n");
  REQUIRE(plant.size() == 1);
  CHECK(plant[0].sector == "energy");
}

TEST_CASE("loans told after long lender names take the sector of the plant they finance") {
  auto d = deals_of(
      "Power\n\ndate 2024-02-14 Korean projects in Peru\n\nPeru's Chaglla hydropower station is the "
      "country's third largest.\n\nThe 450-megawatt plant was financed by the Export-Import Bank of Korea "
      "and "
      "the Korea Development Bank of Seoul with loans totalling $900 million signed in 2016 with Peru.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
}
