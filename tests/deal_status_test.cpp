// Deal status from modality: negated cues, resumed deals, future terms of a signed agreement.
#include "deal_status.h"

#include <catch2/catch.hpp>

#include "deal_rules.h"
#include "test_deals.h"

TEST_CASE("a negated signing cue is not a signature: the deal is announced") {
  auto d = deals_of("Chile and Peru have not signed the treaty on fishing rights.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
}

TEST_CASE("an agreement to resume a suspended project is signed, not cancelled") {
  auto d = deals_of("Peru and Brazil signed an agreement to resume work on the suspended Amazon highway.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto c = deals_of("Kenya and Ethiopia cancelled the railway contract in March.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].status == "cancelled");
}

TEST_CASE("future terms of an agreement the sentence reports as signed are signed") {
  auto d = deals_of(
      "Under the deal inked in Doha, Qatar will give Italy a five percent interest in a joint venture with "
      "a capacity of two million tonnes.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto plain = deals_of(
      "Qatar will give Italy a five percent interest in a joint venture with a capacity of two million "
      "tonnes.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].status == "announced");
}

TEST_CASE("what a deal will do under a contract or agreement already there is signed") {
  auto d = deals_of(
      "Peru's Fame will supply patrol boats to the Bolivian navy under a contract estimated at 90 million "
      "euros, a newspaper reported.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto second = deals_of(
      "Under the second agreement, Chile's Enap will acquire a 20 percent stake in a Peruvian gas field.");
  REQUIRE(second.size() == 1);
  CHECK(second[0].status == "signed");
  auto pending = deals_of(
      "Peru's Fame will supply patrol boats to the Bolivian navy under a contract to be signed next month.");
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].status == "announced");
  auto told =
      deals_of("Chile will invest $2 billion in Peru's southern ports under a deal announced on Monday.");
  REQUIRE(told.size() == 1);
  CHECK(told[0].status == "announced");
}

TEST_CASE("a second deal after 'and' keeps its own future tense") {
  auto d = deals_of(
      "Peru and Brazil signed a memorandum on fisheries, and Brazil will buy 12 helicopters from Peru.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].status == "signed");
  CHECK(d[1].status == "announced");
}

TEST_CASE("a participle after a determiner is an adjective, not a past-tense verb") {
  auto d = deals_of(
      "Kenya and Uganda are neighbours. The Northern Route provides for the construction of a railway to "
      "Uganda through the developed towns of western Kenya.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
}

TEST_CASE("a supply noun after another past verb is an arrangement; a past supply verb is done") {
  auto d = deals_of("Ankara and Baku arranged a system of Azerbaijani gas supplies to Turkey.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto done = deals_of("Azerbaijan supplied five million tonnes of gas to Turkey.");
  REQUIRE(done.size() == 1);
  CHECK(done[0].status == "completed");
  auto helped =
      deals_of("Russia helped Egypt build a nuclear power plant by providing technical assistance.");
  REQUIRE(helped.size() == 1);
  CHECK(helped[0].status == "completed");
}

TEST_CASE("a deal made possible by an enabling step is proposed; one an agreement allows is not") {
  auto d =
      deals_of("Last month Norway eased arms export rules to enable it to sell NASAMS missiles to Poland.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  auto a =
      deals_of("Poland and Italy signed an agreement that allows Poland to buy 12 helicopters from Italy.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].status == "signed");
}

TEST_CASE("a supply told after 'after' is done") {
  auto d = deals_of(
      "The United States wants to refill its stocks after sending the air defence systems to Ukraine.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("agreeing to a deal still called potential is an agreement in principle") {
  auto d = deals_of("Kenya and Japan agreed to the potential deal for four patrol boats during the visit.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
  auto firm = deals_of("Kenya and Japan agreed to the deal for four patrol boats during the visit.");
  REQUIRE(firm.size() == 1);
  CHECK(firm[0].status == "signed");
}

TEST_CASE("a purchase told as delivered is completed") {
  auto d = deals_of(
      "Russia and Turkey are partners. The S-400 systems purchased by Turkey from Russia were delivered in "
      "2019.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("an irregular past deal verb tells of a deal done") {
  auto d = deals_of("Norway sent 10 tanks to Ukraine.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("construction launched is under way, not completed") {
  auto d = deals_of("China and Kenya launched construction of the Nairobi expressway in 2019.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}

TEST_CASE("talks told as going on are a negotiation, not a deal under way") {
  // The port's own clause holds the "under way", the talks word stands before it.
  auto d = deals_of("Chile said talks on a second package, for a port built by Peru, were under way.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].status == "negotiating");
  CHECK(d[1].status == "negotiating");
  auto built = deals_of("Construction of the Peru-Chile gas pipeline is ongoing.");
  REQUIRE(built.size() == 1);
  CHECK(built[0].status == "in_progress");
}

TEST_CASE("a handover still to come is no completion: the order beside it tells the status") {
  auto d = deals_of("The frigates that Chile ordered from Spain in 2020 are to be handed over next year.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto done = deals_of("The frigates that Chile ordered from Spain in 2020 were handed over in May.");
  REQUIRE(done.size() == 1);
  CHECK(done[0].status == "completed");
}

TEST_CASE("an order whose first units the sentence tells as delivered is under way") {
  auto d = deals_of(
      "Spain's Astra said it had delivered the first Halcon trainer to Chile, part of a 20-plane order "
      "signed in 2019 worth $400 million.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].kind == "purchase");
  CHECK(d[1].item == "20-plane order");
  CHECK(d[1].quantity == std::string("20 aircraft"));
  CHECK(d[1].status == "in_progress");
  CHECK(d[1].year == 2019);
  // Without a first delivery the order is only signed.
  auto o = deals_of("Chile signed a 20-plane order with Spain in 2019 worth $400 million.");
  REQUIRE(o.size() == 1);
  CHECK(o[0].status == "signed");
}

TEST_CASE("an exercise brought to its end is completed; one still to be held is proposed") {
  auto done = deals_of(
      "The navies of Chile and Peru on Tuesday concluded Pacific Shield, a joint exercise off Callao.");
  REQUIRE(done.size() == 1);
  CHECK(done[0].kind == "exercise");
  CHECK(done[0].status == "completed");
  auto planned = deals_of("Chile and Argentina will hold their Southern Cross joint exercise in Patagonia.");
  REQUIRE(planned.size() == 1);
  CHECK(planned[0].status == "proposed");
  // A contract concluded is still signed.
  auto contract = deals_of("Chile concluded a contract with Peru for 12 patrol boats.");
  REQUIRE(contract.size() == 1);
  CHECK(contract[0].status == "signed");
}

TEST_CASE("things already received are completed; a signing still expected is no signing") {
  auto got = deals_of("Peru has already received 10 helicopters bought from Russia.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].status == "completed");
  auto talks = deals_of(
      "Chile and Peru are negotiating a deal for 8 radars, officials said, with a contract worth about $90 "
      "million expected to be signed next year.");
  REQUIRE(talks.size() == 1);
  CHECK(talks[0].status == "negotiating");
}

TEST_CASE("a firm withdrawn from a contract and a deal that has stalled are cancelled") {
  auto out = deals_of("Chile's Enap has withdrawn from a contract with Peru for a gas terminal at Ilo.");
  REQUIRE(out.size() == 1);
  CHECK(out[0].status == "cancelled");
  auto stalled =
      deals_of("A plan for Peru to buy four frigates from Chile, agreed in 2019, has stalled over costs.");
  REQUIRE(stalled.size() == 1);
  CHECK(stalled[0].status == "cancelled");
  auto resumed =
      deals_of("Chile and Peru agreed on Monday to resume a stalled power deal worth $90 million.");
  REQUIRE(resumed.size() == 1);
  CHECK(resumed[0].status == "signed");
}

TEST_CASE("a project told as under way is in progress, whenever its financing was agreed") {
  auto d = deals_of(
      "In Bolivia, construction of a gas plant by Peru's Petroperu, financed by a 10 billion euro Peruvian "
      "state loan agreed in 2014, is under way after years of delay.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "project");
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].year == 2014);
  auto signed_only = deals_of("Peru agreed in 2014 to build a gas plant in Bolivia.");
  REQUIRE(signed_only.size() == 1);
  CHECK(signed_only[0].status == "signed");
}

TEST_CASE("a plant financed by a loan agreed years ago and now under construction is in progress") {
  auto d = deals_of(
      "Peru's Ilo nuclear plant, built by Chile's Enap and financed by a $5 billion Chilean loan agreed in "
      "2016, is under construction.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].value_usd == 5e9);
}

TEST_CASE("the first units under a deal were delivered: the deal is under way") {
  auto d = deals_of(
      "The first cargoes under a short-term deal between Chile's Enap and Peru's state gas firm were "
      "delivered last month.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
  CHECK(d[0].status == "in_progress");
  auto all = deals_of(
      "All cargoes under a short-term deal between Chile's Enap and Peru's Petroperu were delivered.");
  REQUIRE(all.size() == 1);
  CHECK(all[0].status == "completed");
}

TEST_CASE("'a stalled sale' beside another deal does not cancel it") {
  auto d = deals_of("Peru bought 12 Rafale jets from France in 2021 after a stalled sale of jets by Chile.");
  REQUIRE_FALSE(d.empty());
  CHECK(d[0].status == "signed");
}

TEST_CASE("two countries discussing an agreement are negotiating it") {
  auto d = deals_of("Chile and Peru are discussing a copper supply agreement, officials in Lima said.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].sector == "other");
}

TEST_CASE("a deal told as a counterfactual ('would have been funded by a loan') is no signed deal") {
  auto d = deals_of("The dam would have been funded by a $700 million loan from Chile's state bank to Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
  CHECK(d[0].status == "cancelled");
  auto real = deals_of("The dam was funded by a $700 million loan from Chile's state bank to Peru.");
  REQUIRE(real.size() == 1);
  CHECK(real[0].status != "cancelled");
}

TEST_CASE("talks on a facility that were suspended are a cancelled project without a price") {
  auto d =
      deals_of("Peru has suspended talks with Chile on a 500-megawatt gas power station, officials said.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "project");
  CHECK(d[0].status == "cancelled");
  CHECK(d[0].item.find("power station") != std::string::npos);
  // A facility merely mentioned, with no price, financer or cancelling verb, is still no deal.
  CHECK(deals_of("Peru and Chile discussed tourism near a 500-megawatt gas power station.").empty());
}

TEST_CASE(
    "an order whose last units another clause tells as taken is completed; its first units: under way") {
  auto d = deals_of("Peru bought four Chilean patrol boats in 2015 and received the last of them in 2019.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  auto open = deals_of("Peru bought four Chilean patrol boats in 2015 and plans to buy more of them.");
  REQUIRE(open.size() == 1);
  CHECK(open[0].status != "completed");
}

TEST_CASE("a signed deal whose remaining units are still awaited is under way") {
  auto d = deals_of(
      "Peru said the handover of the three remaining Chilean radars, part of a $90 million deal signed in "
      "2020, "
      "was delayed.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}

TEST_CASE("an order whose first units are told, after it, as handed over in the passive is under way") {
  auto d =
      deals_of("Chile ordered six Spanish tugboats in 2022, the first of which were delivered in March.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  auto dated =
      deals_of("Peru ordered 12 Korean trainer jets in 2019, the first of which was handed over last year.");
  REQUIRE(dated.size() == 1);
  CHECK(dated[0].status == "in_progress");
  auto all = deals_of("Chile ordered six Spanish tugboats in 2022, all of which were delivered in March.");
  REQUIRE(all.size() == 1);
  CHECK(all[0].status != "in_progress");
}

TEST_CASE("the clause after 'under which' tells what a deal does, not its status") {
  auto d = deals_of(
      "The highlight was a $300 million contract under which a Korean firm will build a port in Peru, signed "
      "before both ministers.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  // A relative clause without the preposition still tells the status.
  auto which = deals_of("Peru expects a $300 million contract with Korea, which will be signed in May.");
  REQUIRE(which.size() == 1);
  CHECK(which[0].status != "signed");
}

TEST_CASE("agreeing to launch or resume negotiations is negotiating, not signed") {
  auto d = deals_of("Peru and Japan agreed to launch negotiations on a free trade agreement.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  auto talks = deals_of("Peru and Japan agreed to resume talks on a free trade agreement.");
  REQUIRE(talks.size() == 1);
  CHECK(talks[0].status == "negotiating");
}

TEST_CASE("an order told as cancelled by a participle ('cancelling its order') is cancelled") {
  auto d = deals_of("Japan removed Peru from the programme, cancelling its order for 40 jets from Japan.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  auto axed = deals_of("Peru axed its order for 40 Japanese jets.");
  REQUIRE(axed.size() == 1);
  CHECK(axed[0].status == "cancelled");
}

TEST_CASE(
    "an exercise a relative clause says was held is completed, whatever the clause before it is about") {
  auto d = deals_of(
      "The talks follow the first joint naval exercise of Peru and Japan, which was held off Callao in May.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("a later clause of an order's sentence tells its fate: deliveries going on, handed over, shelved") {
  auto going = deals_of(
      "Peru ordered 24 Korean trainer jets in 2015; deliveries, which began in 2019, are continuing.");
  REQUIRE(going.size() == 1);
  CHECK(going[0].status == "in_progress");
  auto done = deals_of(
      "Peru agreed to lease four Japanese patrol boats; they were later transferred free of charge.");
  REQUIRE(done.size() == 1);
  CHECK(done[0].status == "completed");
  auto joined = deals_of(
      "Chile bought two submarines from Spain for $300 million in 2012 and commissioned them in 2014.");
  REQUIRE(joined.size() == 1);
  CHECK(joined[0].status == "completed");
  auto shelved =
      deals_of("In 2016 Peru signed a deal with Japan for a coal plant; that project was later shelved.");
  REQUIRE(shelved.size() == 1);
  CHECK(shelved[0].status == "cancelled");
  auto last =
      deals_of("Chile took the final two Spanish tugboats in 2020, completing an order worth $90 million.");
  REQUIRE(last.size() == 1);
  CHECK(last[0].status == "completed");
  // A fate still to come is none.
  auto future = deals_of("Peru ordered 12 Korean trainer jets in 2023, which will be delivered from 2027.");
  REQUIRE(future.size() == 1);
  CHECK(future[0].status == "signed");
}

TEST_CASE("being willing to buy is proposed") {
  auto d = deals_of("Peru said it is willing to buy more Chilean wine.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
}

TEST_CASE("'builds on' and deposits 'held at' a bank tell no stage; a rollover is signed") {
  auto held = deals_of("China has rolled over $2.1 billion of deposits held at the central bank of Peru.");
  REQUIRE(held.size() == 1);
  CHECK(held[0].status == "signed");
  auto builds = deals_of("Peru's $2 billion contract with Chile for 20 jets builds on years of cooperation.");
  REQUIRE(builds.size() == 1);
  CHECK(builds[0].status == "signed");
}

TEST_CASE("a contracted 'will' ('it'll', 'we'll') is announced, as 'will' is") {
  auto d = deals_of("Chile's state miner says it'll invest $400 million in a lithium plant in Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
  auto curly = deals_of("Peru says it\xE2\x80\x99ll buy 12 helicopters from Chile.");
  REQUIRE(curly.size() == 1);
  CHECK(curly[0].status == "announced");
}

TEST_CASE("a plan discussed is under negotiation; the remaining units delivered complete an order") {
  auto d = deals_of("Chile and Peru also discussed a proposed $300 million cement plant in Arica.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  auto done = deals_of(
      "Spain delivered the remaining four patrol boats under the contract signed with Chile in May 2021.");
  REQUIRE(done.size() == 1);
  CHECK(done[0].status == "completed");
}

TEST_CASE("an order whose first delivery is put off is signed, not under way") {
  auto late = deals_of(
      "Chile has cut its order for Korean tanks from 60 to 40 and pushed the first delivery back "
      "to 2029, the ministry said.");
  REQUIRE(late.size() == 1);
  CHECK(late[0].status == "signed");
  auto postponed = deals_of(
      "Peru bought 12 Korean trainer jets; the first batch, postponed to next year, will "
      "arrive in Lima.");
  REQUIRE(postponed.size() == 1);
  CHECK(postponed[0].status == "signed");
  // A first delivery told as made keeps the order under way.
  auto begun = deals_of(
      "Chile has cut its order for Korean tanks from 60 to 40 and took the first delivery, "
      "the ministry said.");
  REQUIRE(begun.size() == 1);
  CHECK(begun[0].status == "in_progress");
}

TEST_CASE("a joint venture that has been set up is signed, at no time of its own") {
  std::string head = "Firms\n\ndate 2024-06-11 LIMA: Chilean firms met in Lima.\n\n";
  auto jv = deals_of(head + "Chilean group Acme has set up a joint venture with Peru's Zeta in Lima.\n");
  REQUIRE(jv.size() == 1);
  CHECK(jv[0].status == "signed");
  CHECK_FALSE(jv[0].year);
  // One still to be set up is not.
  auto plan = deals_of(head + "Chilean group Acme will set up a joint venture with Peru's Zeta in Lima.\n");
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].status == "announced");
}

TEST_CASE("an approval whose contract a later clause tells as signed is signed") {
  auto d = deals_of(
      "Peru approved the sale of eight patrol boats to Chile in March, and the contract was "
      "signed in May.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto later = deals_of(
      "Peru approved the sale of eight patrol boats to Chile, and the contract will be "
      "signed in May.");
  REQUIRE(later.size() == 1);
  CHECK(later[0].status == "announced");
}

TEST_CASE("a signing expected within weeks is announced, and told without a time it takes no year") {
  std::string head = "Desk\n\n date 2027-05-02 Markets were calm on Friday.\n\n";
  auto d = deals_of(
      head + "Chile is expected to sign a $400 million contract for 20 buses with Peru within weeks.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
  CHECK_FALSE(d[0].year);
  auto due = deals_of(head + "Peru is due to sign a $400 million deal to sell 20 buses to Chile.\n");
  REQUIRE(due.size() == 1);
  CHECK(due[0].status == "announced");
  CHECK_FALSE(due[0].year);
}

TEST_CASE(
    "a deal told in the past tense in a relative clause takes that tense, not the main clause's talks") {
  auto d = deals_of(
      "Chile and Peru, whose central banks doubled their swap line to $6 billion in 2021, are now discussing "
      "a renewal.");
  REQUIRE_FALSE(d.empty());
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2021);
}

TEST_CASE("a project told as being carried out, or with progress in its construction, is under way") {
  auto carried = deals_of(
      "The construction of the Lima-Arica railway between Peru and Chile, started in 2024, is being carried "
      "out on schedule.");
  REQUIRE(carried.size() == 1);
  CHECK(carried[0].status == "in_progress");
  auto progress = deals_of(
      "The ministers of Peru and Chile noted progress in the construction of the joint Peruvian-Chilean "
      "desalination plant in Tacna, launched in 2023.");
  REQUIRE(progress.size() == 1);
  CHECK(progress[0].status == "in_progress");
}

TEST_CASE("the T of a firm's name such as 'C&T' is no negation; the t of \"hasn't\" is") {
  auto firm = deals_of("Chile's Acme C&T agreed to build a hospital in Peru.");
  REQUIRE(firm.size() == 1);
  CHECK(firm[0].status == "signed");
  auto negated = deals_of("Chile hasn't signed the deal to build a hospital in Peru.");
  REQUIRE(negated.size() == 1);
  CHECK(negated[0].status != "signed");
}

TEST_CASE("an agreement the pair discussed, in the past tense, is negotiated") {
  auto d = deals_of("Chile and Peru discussed a free trade agreement.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
}

TEST_CASE("an embargo or sanctions told as lifted are completed") {
  auto d = deals_of("Last year Moscow lifted its arms embargo on Pakistan.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  auto agreed = deals_of("Moscow agreed to lift its arms embargo on Pakistan.");
  REQUIRE(agreed.size() == 1);
  CHECK(agreed[0].status == "signed");
}

TEST_CASE("a deal told as promised is announced, like one pledged") {
  auto d = deals_of("Chile has promised Peru a loan of $300 million for a new port.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
  auto plant = deals_of(
      "Chile and Peru are close. A second Chilean-financed plant, at Tacna, has been promised since 2021.");
  REQUIRE(plant.size() == 1);
  CHECK(plant[0].status == "announced");
}

TEST_CASE("an order whose first units a later sentence tells as arrived is under way") {
  auto d = deals_of(
      "In May 2022, Peru ordered 40 Chilean tanks for about $900 million. The first ten tanks were unloaded "
      "at Callao that December.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].evidence_extra.size() == 1);
  // Units of another kind, or no first units, leave the order signed.
  auto other = deals_of(
      "In May 2022, Peru ordered 40 Chilean tanks for about $900 million. The first ten trucks were "
      "unloaded at Callao that December.");
  REQUIRE(other.size() == 1);
  CHECK(other[0].status == "signed");
  auto none = deals_of(
      "In May 2022, Peru ordered 40 Chilean tanks for about $900 million. Tanks were seen at Callao.");
  REQUIRE(none.size() == 1);
  CHECK(none[0].status == "signed");
}

TEST_CASE("a loan whose line a relative clause tells as opened is completed; one still to open is signed") {
  auto d = deals_of(
      "China lent Peru $2 billion in 2014 to build a railway from Lima to Cusco, which opened in 2018.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].year == 2014);
  auto later = deals_of(
      "China lent Peru $2 billion in 2014 to build a railway from Lima to Cusco, which will open in 2030.");
  REQUIRE(later.size() == 1);
  CHECK(later[0].status == "signed");
}

TEST_CASE("a deal signed and then approved by a parliament is signed") {
  auto d = deals_of(
      "The base is covered by the Defence Cooperation Agreement, signed by Peru and Chile in March 2023 and "
      "approved by the Peruvian congress in May 2023.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  // An approval alone is announced.
  auto approved = deals_of("The Peruvian congress approved the Defence Cooperation Agreement with Chile.");
  REQUIRE(approved.size() == 1);
  CHECK(approved[0].status == "announced");
}

TEST_CASE("a sentence after a deal telling work on it as begun puts the deal under way") {
  auto loan = deals_of(
      "Norway signed a $500 million loan with Peru in 2024 to upgrade the Lima port. Work on the new quay "
      "is under way.");
  REQUIRE(loan.size() == 1);
  CHECK(loan[0].status == "in_progress");
  auto ships = deals_of(
      "In 2022 Chile ordered six patrol vessels from Korea for $300 million. The first of those ships was "
      "launched in Busan last month.");
  REQUIRE(ships.size() == 1);
  CHECK(ships[0].status == "in_progress");
  // Work on something else, told far later or not begun, leaves the deal signed.
  auto plan = deals_of(
      "Norway signed a $500 million loan with Peru in 2024 to upgrade the Lima port. Work on the new quay "
      "is due to start next year.");
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].status == "signed");
  auto done = deals_of(
      "Norway signed a $500 million loan with Peru in 2019 to upgrade the Lima port. Construction began in "
      "2020 and the new quay was opened in 2023.");
  REQUIRE(done.size() == 1);
  CHECK(done[0].status == "completed");
}

TEST_CASE("a loan for a project the sentence tells as being built is under way") {
  auto d = deals_of(
      "The Lima metro line is still being built, paid for with a $900 million loan from Norway signed in "
      "2021.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}

TEST_CASE("an order whose units a next sentence opening on 'All' tells as handed over is completed") {
  auto d = deals_of(
      "The new order follows the 12 jets Lima bought from Seoul in 2014 for $420 million. All twelve had "
      "been handed over by May 2017.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("a purchase told with 'a sale that closed' is completed") {
  auto d = deals_of(
      "In 2023 Peru's government bought 13 power plants from Chile's Acme for $6.2 billion, a sale that "
      "closed in February 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("a plant a firm 'is putting up' is under way, whenever it was announced") {
  auto d = deals_of(
      "Chile's Acme is putting up a 2-billion-euro battery plant near Lima in Peru, announced in 2022 and "
      "now "
      "rising from old fields.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}

TEST_CASE("an offer received is proposed, not goods received") {
  auto d = deals_of("Chile said it had received a South Korean offer to supply 40 electric buses.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  auto got = deals_of("Chile has received 40 electric buses from South Korea.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].status == "completed");
}

TEST_CASE("deliveries whose rest will follow and a plant being modernised are under way") {
  auto d = deals_of("Chile received the first of 12 howitzers from South Korea, and the rest will follow.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  auto m = deals_of("South Korea is modernising the Bocamina power plant in Chile.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "in_progress");
}

TEST_CASE("a later sentence whose subject withdraws from its project cancels the deal it had") {
  auto d = deals_of(
      "In 2023 Ghana picked Japan's Marubeni, which promised a $300 million cathode plant in Takoradi. "
      "Marubeni withdrew from its project in April, citing prices.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  auto kept = deals_of(
      "In 2023 Ghana picked Japan's Marubeni, which promised a $300 million cathode plant in Takoradi. "
      "Ghana said it had spoken to the company.");
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].status == "announced");
}

TEST_CASE("units told as had before, beside the deal, do not complete the deal") {
  auto d = deals_of(
      "Airbus has offered to sell Ghana two H225M helicopters on top of the four H145Ms it has already "
      "received from France.");
  REQUIRE(!d.empty());
  CHECK(d[0].status == "proposed");
}

TEST_CASE("a deal verb told as not done in the past is a deal that fell through") {
  auto d = deals_of("Lima never bought the 20 Chilean jets that Santiago offered.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  auto did = deals_of("Peru did not buy the six frigates Chile offered in 2021.");
  if (!did.empty()) CHECK(did[0].status == "cancelled");
  // "has not signed" is still open: announced, as before.
  auto open = deals_of("Chile and Peru have not signed the treaty on fishing rights.");
  REQUIRE(open.size() == 1);
  CHECK(open[0].status == "announced");
}

TEST_CASE("a timeline's present tense signs and orders; a deal told as frozen or still stalled is off") {
  auto signs = deals_of("May 2019: Ghana signs a ten-year contract with Qatar for LNG, delivered by ship.");
  REQUIRE(signs.size() == 1);
  CHECK(signs[0].status == "signed");
  auto orders = deals_of("June 2020: Peru orders three million doses of a Chinese vaccine.");
  REQUIRE(orders.size() == 1);
  CHECK(orders[0].status == "signed");
  auto froze = deals_of("Kenya froze a $300 million road contract with China in 2021.");
  REQUIRE(froze.size() == 1);
  CHECK(froze[0].status == "cancelled");
  auto stalled = deals_of("The railway agreement Laos signed with Thailand in 2017 remains stalled.");
  REQUIRE(stalled.size() == 1);
  CHECK(stalled[0].status == "cancelled");
}

TEST_CASE("the first units told as arrived outrank the order's own signing or delivery verb") {
  auto batch = deals_of(
      "The first batch of Polish-made howitzers has arrived in Ghana under a contract signed in 2022.");
  REQUIRE(batch.size() == 1);
  CHECK(batch[0].status == "in_progress");
  auto first = deals_of(
      "Ghana is negotiating the purchase of two more patrol boats from Turkey, after the first of the four "
      "it "
      "ordered in 2021 was delivered in May.");
  REQUIRE(first.size() == 2);
  CHECK(first[0].status == "negotiating");
  CHECK(first[1].status == "in_progress");
  // First units still to come leave the order signed.
  auto due = deals_of(
      "Ghana signed a contract with Poland in 2022 for 24 howitzers; the first batch is due in 2026.");
  REQUIRE(due.size() == 1);
  CHECK(due[0].status == "signed");
}

TEST_CASE("talks told as collapsed are off; talks that stalled and will resume are still talks") {
  auto off = deals_of(
      "Talks on a free trade agreement, launched in 2009, collapsed in 2014 and were never revived.");
  REQUIRE(off.size() == 1);
  CHECK(off[0].status == "cancelled");
  auto again = deals_of(
      "Talks on a free trade agreement between Chile and Ghana, stalled since 2021, will resume in May.");
  REQUIRE(again.size() == 1);
  CHECK(again[0].status == "negotiating");
}

TEST_CASE("the terms of a contract told after 'under which' are the contract's, which exists") {
  auto terms = deals_of(
      "The ministers welcomed a contract under which Ghana will supply 500,000 tonnes of cocoa a year to "
      "Turkey.");
  REQUIRE(terms.size() == 1);
  CHECK(terms[0].status == "signed");
  // A contract still negotiated keeps its talks.
  auto talks = deals_of(
      "Ghana and Turkey are negotiating a contract under which Ghana will supply 500,000 tonnes of cocoa a "
      "year.");
  REQUIRE(talks.size() == 1);
  CHECK(talks[0].status == "negotiating");
}

TEST_CASE("a purchase noun dated before the dateline, or after 'after the', was made: signed") {
  std::string head = "Column\n\n date 2026-02-10 Peru and Chile are old neighbours.\n\n";
  auto d = deals_of(head + "Lima remembers the 2012 purchase of six Chilean frigates as a turning point.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto a = deals_of(head +
                    "Peru left the pact, forced out after the purchase of Chilean frigates, and "
                    "the navy will only partly recover.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].status == "signed");
  // A purchase noun of the dateline's year, with no other cue, stays as told.
  auto now = deals_of(head + "Lima remembers the 2026 purchase of six Chilean frigates as a turning point.");
  REQUIRE(now.size() == 1);
  CHECK(now[0].status == "announced");
}

TEST_CASE("units still being delivered tell a deal under way; an approval of a sale is announced") {
  auto d = deals_of(
      "Peru's order for eight Chilean submarines, placed in 2015, is large, and the first boats are now "
      "being "
      "delivered.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  auto a = deals_of("Santiago's approval in May 2024 of a $400 million sale of 12 jets to Peru came late.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].status == "announced");
}

TEST_CASE("an approval in a clause opened by 'before' or 'until' is another act, not the deal's stage") {
  auto d = deals_of("Peru signed the frigate contract with Chile in 2020 before parliament approved it.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto m = deals_of(
      "Peru and Chile are partners. Peru's purchase of six Chilean frigates, made before the navy had "
      "approved "
      "the design, was costly.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "signed");
  // An approval of the deal itself stays announced.
  auto a = deals_of("Peru's parliament approved the purchase of six Chilean frigates.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].status == "announced");
}

TEST_CASE("a project told as finished in the passive is completed") {
  auto d =
      deals_of("The Chilean port at Ilo, a $300 million project of a Peruvian firm, was finished in 2018.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE(
    "a deal walked away from, put on hold or frozen is cancelled; one a country is poised to make is "
    "announced") {
  for (const char* s : {"Chile walked away from a $300 million deal with Peru for 12 patrol boats.",
                        "Chile put on hold a $300 million deal with Peru for 12 patrol boats.",
                        "Chile froze a $300 million deal with Peru for 12 patrol boats."}) {
    auto d = deals_of(s);
    REQUIRE(d.size() == 1);
    CHECK(d[0].status == "cancelled");
  }
  auto poised = deals_of("Chile is poised to buy 12 patrol boats from Peru for $300 million.");
  REQUIRE(poised.size() == 1);
  CHECK(poised[0].status == "announced");
  auto frozen = deals_of("Chile will buy 10,000 tonnes of frozen chicken from Peru.");
  REQUIRE(frozen.size() == 1);
  CHECK(frozen[0].status == "announced");
}

TEST_CASE("'no contract has been signed' is not signed by another clause's verb") {
  auto d = deals_of(
      "Chile and Peru agreed to speed up talks on the pipeline in May, but no construction contract has been "
      "signed.");
  const entente::Deal* contract = nullptr;
  for (const auto& x : d)
    if (x.item.find("contract") != std::string::npos) contract = &x;
  REQUIRE(contract);
  CHECK(contract->status != "signed");
  auto talks = deals_of(
      "No contract has yet been signed with Peru for Chilean howitzers; negotiations are continuing.");
  REQUIRE(talks.size() == 1);
  CHECK(talks[0].status == "negotiating");
}

TEST_CASE("an order whose cargoes or shipments are still arriving is in progress") {
  auto d = deals_of(
      "Officials met. Last October Egypt signed a contract for 300,000 tonnes of Russian wheat, and the "
      "cargoes are still arriving in Alexandria.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  auto rice = deals_of(
      "Officials met. In 2024 China agreed to buy 200,000 tonnes of Thai rice a year, and the shipments are "
      "continuing.");
  REQUIRE(rice.size() == 1);
  CHECK(rice[0].status == "in_progress");
}

TEST_CASE("a contract told as cut short is cancelled; terms a country has offered are proposed") {
  std::string head = " date 2025-06-02 Trade\n\n";
  auto cut =
      deals_of(head +
               "Petroperu signed a term contract with Thailand's PTT in 2021 to buy Thai fuel oil; the "
               "contract was cut short in 2022.\n");
  REQUIRE(cut.size() == 1);
  CHECK(cut[0].status == "cancelled");
  auto offer = deals_of(head +
                        "Thailand has offered Peru discounted rice contracts, but no Peruvian buyer has "
                        "accepted.\n");
  REQUIRE(offer.size() == 1);
  CHECK(offer[0].status == "proposed");
}
