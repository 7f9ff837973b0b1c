// Phrase overlap end to end: scores of identical and disjoint texts, passages, offsets, boilerplate, seeds.
#include "overlap.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest.h"
#include "test_corpus.h"
#include "tokenize.h"

using entente::Corpus;
using entente::OverlapParams;
using entente::OverlapResult;

namespace {

const char* kTreaty =
    "Diplomatic relations between Pakistan and the Russian Federation were first developed in 1948. "
    "The relationship has been marked by many ups and downs, yet both countries now seek closer "
    "co-operation in the energy sector and in counter-terrorism.";

const char* kWeather =
    "Heavy monsoon rain flooded the northern valleys overnight, closing schools and washing away "
    "several bridges. Farmers fear that the rice harvest will suffer badly this autumn.";

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

}  // namespace

TEST_CASE("identical texts score 1") {
  const OverlapResult r = entente::find_overlap(corpus_of({kTreaty, kTreaty}), OverlapParams{});
  REQUIRE(r.pairs.size() == 1);
  CHECK(r.pairs[0].score == 1.0);
  REQUIRE(r.pairs[0].passages.size() == 1);
  CHECK(r.pairs[0].passages[0].similarity == 1.0);
  CHECK(r.pairs[0].passages[0].a_text == r.pairs[0].passages[0].b_text);
}

TEST_CASE("disjoint texts score 0 and are not listed") {
  const OverlapResult r = entente::find_overlap(corpus_of({kTreaty, kWeather}), OverlapParams{});
  CHECK(r.pairs.empty());
}

TEST_CASE("a passage with one substituted word is one passage") {
  std::string b = kTreaty;
  b.replace(b.find("marked"), 6, "characterised");
  const OverlapResult r = entente::find_overlap(corpus_of({kTreaty, b}), OverlapParams{});
  REQUIRE(r.pairs.size() == 1);
  REQUIRE(r.pairs[0].passages.size() == 1);
  const entente::Passage& p = r.pairs[0].passages[0];
  CHECK(p.a_start == 0);
  CHECK(p.b_end == b.size() - 1);  // the final full stop is not part of a passage
  CHECK(p.similarity < 1.0);
  CHECK(p.similarity > 0.9);
  CHECK(r.pairs[0].score < 1.0);
  CHECK(r.pairs[0].score > 0.8);
}

TEST_CASE("spelling variants match: co-operation, U.S., -ise/-ize, -our/-or") {
  const OverlapResult r = entente::find_overlap(
      corpus_of(
          {"For years the US has been influencing the neighbour's internal affairs and economic cooperation, "
           "and it is now time to realise that.",
           "For years the U.S. has been influencing the neighbor's internal affairs and economic "
           "co-operation, "
           "and it is now time to realize that."}),
      OverlapParams{});
  REQUIRE(r.pairs.size() == 1);
  CHECK(r.pairs[0].score == 1.0);
}

TEST_CASE("offsets land on word boundaries in the original text") {
  const std::string a = std::string("Opinion — ") + kTreaty + " Something else entirely follows here.";
  const std::string b = std::string("“") + kTreaty + "” said the minister, quoting an old note.";
  const OverlapResult r = entente::find_overlap(corpus_of({a, b}), OverlapParams{});
  REQUIRE(r.pairs.size() == 1);
  REQUIRE_FALSE(r.pairs[0].passages.empty());
  for (const entente::Passage& p : r.pairs[0].passages) {
    for (auto [text, s, e] :
         {std::make_tuple(&a, p.a_start, p.a_end), std::make_tuple(&b, p.b_start, p.b_end)}) {
      REQUIRE(s < e);
      REQUIRE(e <= text->size());
      CHECK(word_char((*text)[s]));
      CHECK(word_char((*text)[e - 1]));
      CHECK((s == 0 || !word_char((*text)[s - 1])));
      CHECK((e == text->size() || !word_char((*text)[e])));
    }
    CHECK(p.a_text == a.substr(p.a_start, p.a_end - p.a_start));
  }
}

TEST_CASE("boilerplate lines do not create pairs") {
  const std::string footer =
      "\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
      "Comments are closed.\nSubscribe to Newsletter\nShare this:\nAll rights reserved.\n";
  const OverlapResult r =
      entente::find_overlap(corpus_of({std::string("By Staff Reporter\n") + kTreaty + footer,
                                       std::string("By Staff Reporter\n") + kWeather + footer}),
                            OverlapParams{});
  CHECK(r.pairs.empty());
}

TEST_CASE("a sentence in a large share of the corpus is boilerplate") {
  const std::string disclaimer =
      "\nThe opinions in this piece belong to the contributor and do not reflect the editorial policy of the "
      "paper.";
  std::vector<std::string> texts;
  const char* topics[] = {"wheat",  "cotton", "steel", "cement", "sugar", "rice",
                          "copper", "tea",    "salt",  "fish",   "glass", "paper"};
  for (const char* t : topics) {
    texts.push_back(std::string("Exports of ") + t + " " + t + " " + t + " grew " +
                    std::to_string(texts.size()) + " percent last year." + disclaimer);
  }
  const OverlapResult r = entente::find_overlap(corpus_of(texts), OverlapParams{});
  for (const auto& p : r.pairs) CHECK(p.passages.empty());
}

TEST_CASE("a source copied by a third of a small corpus is reuse, not boilerplate") {
  // A short lesson text, four answers that copy most of it and seven written on other subjects: twelve
  // documents, five of them holding the copied sentences (more than 30% of the corpus, fewer than ten).
  const std::string lesson =
      "Tides rise and fall twice a day because the pull of the moon drags the oceans into two bulges on "
      "opposite sides of the earth. The sun adds a weaker pull of its own, so the highest spring tides come "
      "when sun and moon line up at new and full moon.";
  std::vector<std::string> texts = {lesson};
  const char* openers[] = {"In short, ", "My answer: ", "Put simply, ", "As we learned, "};
  for (const char* o : openers) texts.push_back(o + lesson);
  const char* others[] = {"bread rises when yeast feeds on sugar and gives off gas",
                          "bees dance to tell the hive where the flowers are",
                          "glass is made by melting sand with soda and lime",
                          "rust forms when iron meets water and air for a long time",
                          "a rainbow appears when sunlight bends inside falling drops",
                          "snow crystals grow six arms around a speck of dust",
                          "volcanoes erupt when molten rock pushes up through the crust"};
  for (const char* t : others) texts.push_back(std::string("We were told that ") + t + ".");
  const OverlapResult r = entente::find_overlap(corpus_of(texts), OverlapParams{});
  int copies = 0;
  for (const auto& p : r.pairs) {
    if (p.a != 0 || p.b > 4) continue;
    ++copies;
    CHECK(p.score > 0.9);
    CHECK(!p.passages.empty());
  }
  CHECK(copies == 4);
}

TEST_CASE("a rewrite keeping its source's words outscores a text on the subject sharing its stock phrases") {
  // The rewrite shares one content bigram and most content words with the source; the independent text
  // shares four bigrams ("dangerous coasts", "satellite navigation", ...) and half its words.
  const char* source =
      "Lighthouses once guided sailors along dangerous coasts. Keepers trimmed the wicks every night, "
      "polished "
      "the great lenses and logged passing ships. Electric lamps and automatic timers later replaced the "
      "keepers, and satellite navigation has turned many towers into museums.";
  const char* rewrite =
      "Along coasts that were dangerous, sailors were guided by lighthouses. Each night a keeper would "
      "polish "
      "lenses, trim a wick and log every ship passing by. Timers that work automatically, along with lamps "
      "running on electricity, replaced keepers later, and now that navigation happens by satellite, towers "
      "have often become museums.";
  const char* independent =
      "Lighthouses still stand on many dangerous coasts, though hardly any keepers remain. Passing ships now "
      "rely on satellite navigation, while electric lamps in the old towers serve mostly as landmarks for "
      "tourists.";
  const OverlapResult r = entente::find_overlap(corpus_of({source, rewrite, independent}), OverlapParams{});
  double to_rewrite = 0, to_independent = 0;
  for (const auto& p : r.pairs) {
    if (p.a == 0 && p.b == 1) to_rewrite = p.score;
    if (p.a == 0 && p.b == 2) to_independent = p.score;
  }
  CHECK(to_rewrite > 0.2);
  CHECK(to_rewrite > to_independent);
}

namespace {

// A wire story, and a paper's own report of the same event quoting the same official word for word.
const char* kPierWire =
    "The harbour authority closed the northern pier on Monday after storms cracked its concrete supports, "
    "engineers said. \"We will not reopen a structure that could fall into the sea with families on it. "
    "Safety comes before the summer season,\" said the harbour master, Nora Quill. Repairs are expected to "
    "cost about two million and to take until August.";
const char* kPierOwnReport =
    "Holidaymakers found the northern pier fenced off yesterday, a week after gales battered the coast. "
    "\"We will not reopen a structure that could fall into the sea with families on it. Safety comes before "
    "the summer season,\" the harbour master, Nora Quill, told reporters. Cafe owners on the front fear a "
    "quiet summer.";

std::string without_quote_marks(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '"'), s.end());
  return s;
}

double score_of(const std::string& a, const std::string& b) {
  const OverlapResult r = entente::find_overlap(corpus_of({a, b}), OverlapParams{});
  return r.pairs.empty() ? 0.0 : r.pairs[0].score;
}

}  // namespace

TEST_CASE("a quotation two reports share counts less than the same words shared as narrative") {
  // Independent reports quote officials verbatim: the quotation is aligned, then set aside by the coverage.
  const double quoted = score_of(kPierWire, kPierOwnReport);
  const double narrative = score_of(without_quote_marks(kPierWire), without_quote_marks(kPierOwnReport));
  CHECK(quoted > 0);
  CHECK(narrative > quoted + 0.1);
  const OverlapResult r = entente::find_overlap(corpus_of({kPierWire, kPierOwnReport}), OverlapParams{});
  REQUIRE(r.pairs.size() == 1);
  REQUIRE_FALSE(r.pairs[0].passages.empty());  // the quotation is still listed as a shared passage
  CHECK(r.pairs[0].passages[0].a_text.find("We will not reopen") != std::string::npos);
}

TEST_CASE("identical texts with quotations, or made only of one, still score 1") {
  CHECK(score_of(kPierWire, kPierWire) == 1.0);
  const std::string speech =
      "\"We will not reopen a structure that could fall into the sea with families on it.\"";
  CHECK(score_of(speech, speech) == 1.0);
}

TEST_CASE("pairs below the noise floor are not listed; the floor is inclusive") {
  std::string b = std::string(kWeather) + " " + kTreaty;
  OverlapParams params;
  params.min_score = 0;
  const OverlapResult all = entente::find_overlap(corpus_of({kTreaty, b}), params);
  REQUIRE(all.pairs.size() == 1);
  const double score = all.pairs[0].score;
  CHECK(score > 0.3);
  params.min_score = score;
  CHECK(entente::find_overlap(corpus_of({kTreaty, b}), params).pairs.size() == 1);
  params.min_score = score + 0.0001;
  CHECK(entente::find_overlap(corpus_of({kTreaty, b}), params).pairs.empty());
  CHECK(OverlapParams{}.min_score > 0);
}

TEST_CASE("a pair lists its longest passages up to max_passages, in text order, scored on all of them") {
  const std::string shared1 =
      "The customs union talks between Ankara and Brussels stalled over farm quotas last spring.";
  const std::string shared2 =
      "Officials in both capitals now expect a new framework for steel, textiles, fertiliser and cars to be "
      "signed before the end of the decade, with tariffs phased out step by step.";
  const std::string a = shared1 + " " + kWeather + " " + shared2;
  const std::string b = shared1 + " Nothing else about it was reported in the press that week. " + shared2;
  OverlapParams params;
  const OverlapResult both = entente::find_overlap(corpus_of({a, b}), params);
  REQUIRE(both.pairs.size() == 1);
  REQUIRE(both.pairs[0].passages.size() == 2);
  CHECK(both.pairs[0].passages[0].a_start < both.pairs[0].passages[1].a_start);
  params.max_passages = 1;
  const OverlapResult one = entente::find_overlap(corpus_of({a, b}), params);
  REQUIRE(one.pairs.size() == 1);
  REQUIRE(one.pairs[0].passages.size() == 1);
  CHECK(one.pairs[0].passages[0].a_text == both.pairs[0].passages[1].a_text);  // the longer one
  CHECK(one.pairs[0].score == both.pairs[0].score);
  CHECK(one.pairs[0].shared_tokens == both.pairs[0].shared_tokens);
}

TEST_CASE("pairs are listed once, a < b, sorted, scores in [0, 1]") {
  std::string c = kTreaty;
  c += " A further paragraph about other matters entirely.";
  const OverlapResult r = entente::find_overlap(corpus_of({kTreaty, kWeather, c}), OverlapParams{});
  REQUIRE(r.pairs.size() == 1);
  CHECK(r.pairs[0].a == 0);
  CHECK(r.pairs[0].b == 2);
  CHECK(r.pairs[0].score > 0.9);
  CHECK(r.pairs[0].score <= 1.0);
}

TEST_CASE("seeds: the hand-aligned passages of 000/001 are found and the pair stands out") {
  const std::string shared = std::string(ENTENTE_SOURCE_DIR) + "/../shared/";
  std::ifstream gold_file(shared + "gold/overlap.json");
  if (!gold_file) {
    WARN("shared gold not found; skipped");
    return;
  }
  const nlohmann::json gold = nlohmann::json::parse(gold_file);
  const std::vector<std::string> names = {"000_4497dbb9d5708bec.txt", "001_130a9b08078b7a7d.txt",
                                          "002_d0de17c71cc72caf.txt", "003_33dea80379439f3f.txt",
                                          "004_4ab5c25436ece547.txt"};
  Corpus corpus;
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::ifstream in(shared + "seeds/" + names[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    corpus.docs.push_back(entente::ingest_file(
        static_cast<int>(i), entente::InputFile{names[i], ss.str(), ""}, entente::IngestLimits{}));
  }
  const OverlapResult r = entente::find_overlap(corpus, OverlapParams{});
  REQUIRE_FALSE(r.pairs.empty());
  const entente::OverlapPair& top = r.pairs[0];
  REQUIRE((top.a == 0 && top.b == 1));
  auto covers = [](std::uint32_t s, std::uint32_t e, std::uint32_t gs, std::uint32_t ge) {
    const std::uint32_t lo = std::max(s, gs), hi = std::min(e, ge);
    return hi > lo && 2 * (hi - lo) >= ge - gs;
  };
  int found = 0;
  for (const auto& g : gold["passages"]) {
    for (const entente::Passage& p : top.passages) {
      if (covers(p.a_start, p.a_end, g["a_start"], g["a_end"]) &&
          covers(p.b_start, p.b_end, g["b_start"], g["b_end"])) {
        ++found;
        break;
      }
    }
  }
  CHECK(found >= 17);
  for (std::size_t i = 1; i < r.pairs.size(); ++i) CHECK(top.score >= 5 * r.pairs[i].score);
}
