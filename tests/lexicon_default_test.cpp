// The default lexicon (assets/lexicon.json) on sentences of our own: the usual forms each required topic
// should count, and the other senses of its words that it should not.
#include <catch2/catch.hpp>
#include <string>

#include "lexicon.h"
#include "lexicon_match.h"
#include "test_corpus.h"

namespace {

// Hits of the default lexicon's topic `id` in `text`.
int hits(const std::string& id, const std::string& text) {
  const auto lex = entente::default_lexicon();
  const entente::LexiconMatcher matcher(lex);
  int topic = -1;
  for (std::size_t i = 0; i < lex.topics.size(); ++i) {
    if (lex.topics[i].id == id) topic = static_cast<int>(i);
  }
  REQUIRE(topic >= 0);
  int n = 0;
  for (const auto& h : matcher.match(doc_of(text))) n += h.topic == topic;
  return n;
}

}  // namespace

TEST_CASE("defense: defence and its adjectives, not the verb 'defend'") {
  CHECK(hits("defense", "The minister defended the plan and kept defending it before the committee.") == 0);
  CHECK(hits("defense",
             "Defence budgets grew, the defensive posts held, and border guards carried rifles and "
             "grenades.") == 5);
}

TEST_CASE("defense: a suicide bomber is terrorism, a strategic bomber is defense") {
  CHECK(hits("defense", "A suicide bomber struck the crowded square.") == 0);
  CHECK(hits("terrorism", "A suicide bomber struck the crowded square.") == 1);
  CHECK(hits("defense", "Two strategic bombers flew along the coast.") == 1);
}

TEST_CASE("infrastructure: trains as vehicles, not the verb; harbours, not harbouring") {
  CHECK(hits("infrastructure",
             "The academy trains nurses and pilots; the group was harbouring fugitives; the "
             "patient was terminally ill.") == 0);
  CHECK(hits("infrastructure",
             "A container train reached the harbour while passenger trains waited at the "
             "terminals.") == 4);
}

TEST_CASE("health: clinical words, and 'health' in its usual phrases but not on its own") {
  CHECK(hits("health", "The health of the relationship worried both capitals.") == 0);
  CHECK(hits("health", "Health officials from both health ministries opened two health centres.") == 3);
  CHECK(hits("health",
             "Surgery was delayed, insulin and antibiotics ran short, and an ambulance brought "
             "midwives to the maternity ward.") == 6);
}

TEST_CASE("terrorism: gunmen, blasts, explosives, abductions") {
  CHECK(hits("terrorism", "Gunmen set off two blasts, abducted six workers and left explosives behind.") ==
        4);
}

TEST_CASE("energy: the grid and its troubles") {
  CHECK(hits("energy",
             "Blackouts and power cuts strained the grid until new turbines and refining capacity "
             "came online.") == 5);
}

TEST_CASE("afghanistan: the Islamic Emirate, provinces and crossings, not Tajik Badakhshan") {
  CHECK(hits("afghanistan", "The Islamic Emirate reopened Torkham to traders from Nangarhar and Khost.") ==
        4);
  CHECK(hits("afghanistan", "Guards in Gorno-Badakhshan patrolled the Tajik side.") == 0);
}

TEST_CASE("trade and diplomacy: common single words") {
  CHECK(hits("trade", "Buyers and sellers of farm goods met at the market, and sales rose.") == 5);
  CHECK(hits("diplomacy", "Relations between the two states improved.") == 1);
}
