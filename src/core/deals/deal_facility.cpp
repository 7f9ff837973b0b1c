// Requirement checks for facility nouns (see deal_facility.h): each looks at the facility's clause or the
// words right around it.
#include "deal_facility.h"

#include <string_view>

#include "deal_agreed_study.h"
#include "deal_builder_apposition.h"
#include "deal_facility_fate.h"
#include "deal_facility_signed.h"
#include "deal_financer.h"
#include "deal_proposed_facility.h"
#include "deal_trigger_context.h"
#include "deal_two_sides.h"

namespace entente {

namespace {

// "China financed the 1,320-megawatt Port Qasim coal power plant", "offered to fund a river project",
// "dropped plans for a hydrogen pipeline": a financing or cancelling verb shortly before a facility noun in
// its clause ("suspended talks with Seoul on a nuclear plant").
bool financed_before(const TriggerScan& s, LexRange c, std::size_t b) {
  for (std::size_t k = c.b; k < b; ++k) {
    std::string_view w = s.t.low(k);
    // "offered to fund": the bare verb only as an infinitive ("What China did finance was" tells no deal).
    bool to_fund = (w == "fund" || w == "finance") && k > c.b && s.t.is(k - 1, "to");
    // "floated financing a new terminal", "the idea of Chinese investment in a new bridge".
    to_fund |= w == "financing" || (w == "investment" && s.t.is(k + 1, "in"));
    if (w == "financed" || w == "funded" || w == "finances" || w == "funds" || to_fund || w == "dropped" ||
        w == "scrapped" || w == "shelved" || w == "cancelled" || w == "canceled" || w == "abandoned" ||
        w == "suspended" || w == "halted")
      return k + 12 > b;
  }
  return false;
}

// "We are in discussions with French companies", in a minister's answer: "we", the speaker's side, and a
// country named in the clause are the two sides.
bool we_with(const TriggerScan& s, LexRange c) {
  bool we = false, country = false;
  for (std::size_t k = c.b; k < c.e; ++k) we |= s.t.is(k, "we"), country |= s.items.country[k] != 0;
  return we && country;
}

// "Egypt and Jordan are in talks over a gas pipeline": a facility noun that talks between the pair in its
// clause are about (the talks word, or "negotiating with", up to six lexemes before it, then
// on/over/about/for) is negotiated. "discussions between the UK and Poland on a joint missile production
// line": the pair may stand between the talks word and its preposition, and a joint facility is the pair's
// whoever the clause names.
bool talked_about(const TriggerScan& s, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  for (std::size_t k = b; k > c.b && k + 12 > b; --k) {
    std::string_view w = t.low(k - 1);
    // "they were discussing a new subsea cable": the verb's object is the facility.
    if ((w == "discussing" || w == "negotiating") && k + 4 > b)
      return bilateral(s, c) || we_with(s, c) || two_sides_in(s, c);  // "the two sides are discussing"
    // "Turkmenistan is negotiating with Afghanistan over a gas pipeline": the verb before its partner.
    bool verb_with = (w == "negotiating" || w == "discussing") && t.is(k, "with");
    if (w != "talks" && w != "negotiations" && w != "discussions" && !verb_with) continue;
    std::size_t j = k;
    if (t.is(j, "between") || t.is(j, "with"))
      while (j < b && !t.is(j, "on") && !t.is(j, "over") && !t.is(j, "about")) ++j;
    if (j + 6 < b) return false;
    std::string_view p = j < b ? t.low(j) : std::string_view();
    bool joint = false;
    for (std::size_t m = j; m < b; ++m) joint |= t.is(m, "joint");
    return (p == "on" || p == "over" || p == "about" || p == "for") &&
           (joint || bilateral(s, c) || we_with(s, c));
  }
  return false;
}

// "The power cable between the two countries was completed in 2021": a facility noun ending at e whose
// clause, naming the pair, tells it as finished in the passive.
bool finished_after(const TriggerScan& s, LexRange c, std::size_t e) {
  const LexedText& t = s.t;
  for (std::size_t k = e; k + 1 < c.e && k < e + 8; ++k) {
    if (!t.is(k, "was") && !t.is(k, "were")) continue;
    std::string_view w = t.low(k + 1);
    bool done = w == "completed" || w == "inaugurated" || w == "commissioned" || w == "opened" ||
                (w == "switched" && t.is(k + 2, "on"));
    return done && bilateral(s, c);
  }
  return false;
}

// "a stadium at Kasarani, built with Chinese aid", "the bridge that Japanese yen loans paid for": a facility
// noun ending at e followed, in its sentence, by aid, loans, a grant or money that a country's name or
// adjective (up to two words before) says came from abroad.
bool aided_after(const TriggerScan& s, std::size_t e) {
  const LexedText& t = s.t;
  for (std::size_t k = e; k < s.sentence.e && k < e + 16; ++k) {
    if (t.is(k, ";") || t.is(k, ":")) return false;
    std::string_view w = t.low(k);
    bool money = w == "aid" || w == "loan" || w == "loans" || w == "grant" || w == "grants" || w == "money" ||
                 w == "credit" || w == "credits" || w == "financing" || w == "funding";
    if (!money || k < e + 2) continue;
    if (s.items.country[k - 1] || s.items.country[k - 2]) return true;
  }
  return false;
}

// "South Korea and Vietnam agreed to develop an offshore wind farm": a facility noun that an agreement in
// its clause is to develop (the verb up to four lexemes before it) is the agreed project.
bool agreed_to_develop(const TriggerScan& s, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  std::size_t dev = b;
  for (std::size_t k = b; k > c.b && k + 5 > b && dev == b && !t.is(k - 1, "and"); --k)
    if (t.is(k - 1, "develop") || t.is(k - 1, "co-develop")) dev = k - 1;
  if (dev == b || dev == c.b || !t.is(dev - 1, "to")) return false;
  for (std::size_t k = c.b; k + 1 < dev; ++k)
    if (t.is(k, "agreed") || t.is(k, "agree") || t.is(k, "agrees") || t.is(k, "signed")) return true;
  return false;
}

// "The Akkuyu nuclear plant, being built by Russia's Rosatom at a cost of $20 billion, is ...", "a river
// project, reportedly worth about a billion dollars": a facility noun ending clause c, whose appositive
// participle clause (built, constructed, financed, worth, valued) names a price.
bool priced_apposition(const TriggerScan& s, LexRange c, std::size_t e) {
  const LexedText& t = s.t;
  // "the refinery at Hambantota, agreed ...": a place after the noun is part of it.
  if ((t.is(e, "at") || t.is(e, "in") || t.is(e, "near")) && e + 1 < c.e && t.capitalized(e + 1))
    for (e += 2; e < c.e && t.capitalized(e);) ++e;
  if (e != c.e || !t.is(e, ",")) return false;
  std::size_t b = t.is(e + 1, "being") || t.is(e + 1, "reportedly") ? e + 2 : e + 1;
  std::string_view w = b < s.sentence.e ? t.low(b) : std::string_view();
  // "Sinopec's refinery at Hambantota, agreed in January 2025 for $3.7 billion,": so does a participle of
  // the deal made (agreed, signed, approved, contracted).
  bool made = w == "agreed" || w == "signed" || w == "approved" || w == "contracted";
  if (w != "built" && w != "constructed" && w != "financed" && w != "funded" && w != "developed" &&
      w != "worth" && w != "valued" && w != "costing" && !made)
    return false;
  std::size_t end = b + 1;
  while (end < s.sentence.e && end < b + 30 && !t.is(end, ",") && !t.is(end, ";")) ++end;
  return money_in(s, {b, end});
}

}  // namespace

bool facility_stated(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e) {
  return money_in(s, c) || financed_before(s, c, b) || priced_apposition(s, c, e) ||
         agreed_to_develop(s, c, b) || agreed_to_study(s, c, b) || talked_about(s, c, b) ||
         finished_after(s, c, e) || aided_after(s, e) || financer_after(s, e) ||
         facility_dropped_after(s, b, e) || facility_signed_after(s, e) ||  // "is expected to be signed"
         loans_built_before(s, b) ||   // "..., financed by the Exim Bank of China"
         proposed_facility(s, b) ||    // "a proposed gas pipeline", "have discussed a railway"
         builder_apposition(s, c, e);  // "A new port at Lamu, built by a Chinese firm, opened"
}

}  // namespace entente
