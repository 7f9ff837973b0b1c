// The sides of a deal (see deal_parties.h): the countries named around its trigger, the story's main pair,
// and blocs.
#include "deal_parties.h"

#include <algorithm>
#include <string_view>

#include "deal_bloc_lender.h"
#include "deal_era_names.h"
#include "deal_home_side.h"
#include "deal_leader_sides.h"
#include "deal_pair_before.h"
#include "deal_pair_named.h"
#include "deal_paragraph_pair.h"
#include "deal_paragraph_topic.h"
#include "deal_party_drops.h"
#include "deal_party_lists.h"
#include "deal_place_before.h"
#include "deal_possessive_subject.h"
#include "deal_route_name.h"
#include "deal_subject_aside.h"
#include "deal_time_opening.h"
#include "deal_two_firms.h"
#include "deal_used_model.h"
#include "spans_in.h"

namespace entente {
namespace {

// "the navies of the two countries", "both sides": the clause names the document's main pair.
bool names_pair(const FillContext& f, LexRange r) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = r.b; k + 1 < r.e; ++k) {
    std::string_view n = t.low(k + 1);
    if ((t.is(k, "two") || t.is(k, "both")) && (n == "countries" || n == "sides" || n == "nations"))
      return true;
  }
  return false;
}

bool trilateral(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k)
    if (t.is(k, "trilateral") || t.is(k, "tripartite")) return true;
  return false;
}

// "a long-mooted deal with the EU": an agreement with a bloc or international body is not between two
// countries.
bool bloc(const FillContext& f, const EntityHit& e) {
  return e.kind == EntityKind::Org && e.entity >= 0 && f.tables.gazetteer.entities[e.entity].country.empty();
}

// "In Hungary, construction of the plant by Russia's Rosatom ...", "while the UAE has pledged to roll over
// deposits" (Pakistan named before): a clause with one country takes its other side from the sentence,
// the country of the story's pair the sentence names, else the sentence's only other country.
// "In 2022 Saudi Arabia deposited $5 billion ..., and Qatar pledged $5 billion": true when country c is named
// in the sentence as the subject of a verb of its own (a past form or an auxiliary right after it).
bool own_subject(const FillContext& f, LexRange sentence, std::string_view c) {
  const LexedText& t = f.m.lexed;
  for (auto [e, end] = spans_in(f.m.entities, sentence.b, sentence.e); e != end; ++e) {
    if (e->kind != EntityKind::Country || e->entity < 0 || f.tables.gazetteer.entities[e->entity].name != c)
      continue;
    if (e->end >= sentence.e || t.lex[e->end].kind != LexKind::Word || t.capitalized(e->end)) continue;
    std::string_view w = t.low(e->end);
    if ((w.size() > 4 && w.substr(w.size() - 2) == "ed") || w == "has" || w == "have" || w == "had" ||
        w == "will" || w == "sold" || w == "lent" || w == "sent" || w == "bought")
      return true;
  }
  return false;
}

void second_side(const FillContext& f, LexRange sentence, NameSet* p) {
  NameSet others;
  for (std::string_view c : countries_in(f, sentence))
    if (!p->count(c)) others.insert(c);
  for (const std::string& c : f.main_pair)  // the story's first side before its second, when both are named
    if (others.count(c)) return p->insert(c);
  // Two countries each the subject of a verb of its own tell two deals, not one between them.
  bool parallel = others.size() == 1 && p->size() == 1 && own_subject(f, sentence, *p->begin()) &&
                  own_subject(f, sentence, *others.begin());
  if (others.size() == 1 && !parallel) p->insert(*others.begin());
}

bool it_subject(const LexedText& t, std::size_t b) {
  return pronoun_subject(t, b) || (t.is(b, "the") && (t.is(b + 1, "country") || t.is(b + 1, "kingdom")));
}

// "The UAE offers a template. It bought French Rafale jets in 2021": a sentence whose subject is "It" (or
// "The country", "The kingdom") has the first country of the sentence before it as a side; a run of such
// sentences ("It bought Su-35 fighters from Russia ... It signed a memorandum ...") all refer to the one
// before the run.
void subject_before(const FillContext& f, LexRange sentence, NameSet* p) {
  const LexedText& t = f.m.lexed;
  std::size_t b = sentence.b;
  if (!it_subject(t, after_time_opening(t, b))) return;  // "In 2019 it offered ..."
  std::size_t prev = b;
  for (int run = 0; run < 4; ++run) {
    if (prev < 2) return;
    b = prev;
    prev = b - 1;  // the sentence before ends at b - 1; find where it starts
    while (prev > 0 && prev + 80 > b && !t.is(prev - 1, ".")) --prev;
    if (!it_subject(t, prev)) break;
  }
  NameSet before = countries_in(f, {prev, b});
  for (auto [e, end] = spans_in(f.m.entities, prev, b); e != end; ++e) {
    if (e->kind != EntityKind::Country || e->entity < 0) continue;
    std::string_view c = f.tables.gazetteer.entities[e->entity].name;
    if (before.count(c) && !p->count(c)) p->insert(c);
    return;
  }
}

// "Nigeria, meanwhile, said it was in talks with China": the country that speaks of itself ("said it",
// "says that it") before the trigger is a side; empty when none speaks so.
std::string_view speaker(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = d.sentence.b + 1; k + 1 < d.trigger; ++k) {
    bool says = t.is(k, "said") || t.is(k, "says") || t.is(k, "announced") || t.is(k, "stated");
    std::size_t it = t.is(k + 1, "that") ? k + 2 : k + 1;
    if (!says || !(t.is(it, "it") || t.is(it, "its"))) continue;
    for (auto [e, end] = spans_in(f.m.entities, d.sentence.b, k); e != end; ++e)
      if (e->kind == EntityKind::Country && e->entity >= 0)
        return f.tables.gazetteer.entities[e->entity].name;
    return {};
  }
  return {};
}

// "Indonesia signed a contract for four Su-30 jets": a one-sided deal whose clause names a model made
// abroad takes the maker's country as its other side.
// With `whole`, the model may stand anywhere in the sentence ("considering more Caesar guns, and the first
// 37 were received").
void maker_side(const FillContext& f, const DealDraft& d, NameSet* p, bool whole = false) {
  // The object may be told before the clause ("42 Rafale fighters, bought in 2022").
  std::size_t b = d.item.e > d.item.b && d.item.b < d.own.b ? d.item.b : d.own.b;
  std::size_t e = whole ? d.sentence.e : d.own.e;
  for (std::size_t k = whole ? d.sentence.b : b; k < e; ++k) {
    PhraseMatch m = f.lex.model_makers.match(f.m.lexed, k);
    if (m.id < 0 || m.end > e) continue;
    std::string_view maker = f.lex.maker_names[m.id];
    if (!p->count(maker)) p->insert(maker);
    return;
  }
}

// "Unlike the 36 Rafales bought from France in 2016, the Russian systems ...": a deal in an opening
// contrast ("Unlike ...,") is not the contrasted clause's.
bool contrasted(const FillContext& f, const DealDraft& d) {
  return f.m.lexed.is(d.sentence.b, "unlike") && d.own.b <= d.sentence.b + 1 && d.own.e < d.sentence.e;
}

// The story's pair member the rest of the sentence does not name (the first of the pair when both or
// neither are named) joins a one-sided deal.
void home_side(const FillContext& f, const DealDraft& d, NameSet* p) {
  if (f.main_pair.size() != 2) return;
  NameSet rest = countries_in(f, {d.own.e, d.sentence.e});
  bool first = rest.count(f.main_pair[0]) != 0, second = rest.count(f.main_pair[1]) != 0;
  std::string_view home = first && !second ? f.main_pair[1] : f.main_pair[0];
  if (!p->count(home)) p->insert(home);
}

// The countries of draft d's own clause; the speaker who tells it ("said it was in talks") joins when two
// sides at most remain with it, without a route's far end; for a second object of the same verb, the verb's
// subject too.
NameSet clause_sides(const FillContext& f, const DealDraft& d) {
  NameSet p = countries_in(f, d.own);
  add_aside_subject(f, d, &p);  // "Turkmenistan, meanwhile, is negotiating with ..."
  add_two_firms(f, d, &p);      // "The two Gulf companies together have pledged ..."
  std::string_view own_word = speaker(f, d);
  if (!own_word.empty() && !p.count(own_word)) {
    NameSet q = p;
    q.insert(own_word);
    drop_route_ends(f, d, &q);
    if (q.size() <= 2) p = q;
  }
  drop_route_ends(f, d, &p);
  if (d.trigger < d.own.b && p.size() == 1)
    for (std::string_view c : countries_in(f, {d.sentence.b, d.trigger})) p.insert(c);
  return p;
}

// One side or none in the clause: the two "the two countries" names, the story's pair when the clause names
// it, the home side of a contrast, the subject told before, a model's maker, a second side in the sentence,
// or every country of the sentence.
void fill_lone_side(const FillContext& f, const DealDraft& d, NameSet* p) {
  if (p->empty()) sentence_pair(f, d, p);  // "Japan has sold boats to Ecuador, and the two countries signed"
  if (p->empty()) pair_before(f, d, p);  // "Kazakhstan and Azerbaijan have ... In March, the two governments"
  if (p->size() < 2) paragraph_pair(f, d, p);   // "Italy is Algeria's ... In 2023 the two governments signed"
  if (p->size() < 2) paragraph_topic(f, d, p);  // "Start with India. A credit line followed"
  if (p->size() < 2) leader_sides(f, d, p);     // "Macron and Tebboune signed the Algiers declaration"
  if (p->empty()) subject_before(f, d.sentence, p);  // "Its state miner signed a memorandum with YLB"
  if (p->empty() && names_pair(f, d.own)) p->insert(f.main_pair.begin(), f.main_pair.end());
  if (p->size() == 1 && contrasted(f, d)) home_side(f, d, p);
  if (p->size() == 1) place_before(f, d, p);  // "Take Colombo. JICA will lend ... for the city's line"
  if (p->size() == 1) subject_pair_side(f, d, p);
  // "Talks on buying F-16 fighters ... partners who trade with Russia": the model's maker before a country
  // the sentence merely mentions.
  // "It ordered 12 used Mirage jets from Qatar": the subject told before, not the model's maker.
  if (p->size() == 1) subject_before(f, d.sentence, p);
  if (p->size() == 1) maker_side(f, d, p);
  if (p->size() == 1) second_side(f, d.sentence, p);
  if (p->size() == 1) subject_before(f, d.sentence, p);
  if (p->empty()) *p = countries_in(f, d.sentence);
  // "Congress cleared the sale of 40 new F-16 fighters": a deal naming no country but a model made abroad
  // is with the model's maker.
  if (p->empty()) maker_side(f, d, p);
}

// The story's pair against what the sentence names: a lone outsider beside the pair, a third side of a
// trilateral format, a lone side of the pair completed by a model's maker or the pair; then the countries
// named only by a currency, as a venue or as bystanders dropped, and a lone foreign side given the home side.
void weigh_story_pair(const FillContext& f, const DealDraft& d, NameSet* p) {
  // "both sides hastening to clinch a deal amid turmoil unleashed by US President ...": the two sides are
  // the story's pair; a lone other country in the sentence is only mentioned beside them.
  bool outsider =
      p->size() == 1 && std::find(f.main_pair.begin(), f.main_pair.end(), *p->begin()) == f.main_pair.end();
  if (outsider && f.main_pair.size() == 2 && names_pair(f, d.sentence)) p->clear();
  // "in a trilateral format with the participation of the Azerbaijani side": the story's pair and the third.
  if (outsider && trilateral(f.m.lexed, d.sentence)) p->insert(f.main_pair.begin(), f.main_pair.end());
  auto in_pair = [&] {
    return p->size() == 1 &&
           std::find(f.main_pair.begin(), f.main_pair.end(), *p->begin()) != f.main_pair.end();
  };
  // "When Greece signed for 18 Rafale fighters ..., a deal worth ...": a model made abroad named in the
  // sentence gives the other side before the story's pair does.
  if (in_pair()) maker_side(f, d, p, true);
  if (p->empty() || in_pair()) p->insert(f.main_pair.begin(), f.main_pair.end());
  if (p->size() > 2) drop_currency_names(f, d.sentence, p);
  if (p->size() > 2) drop_venues(f, d.sentence, p);
  if (p->size() > 2) drop_route_names(f, d.sentence, p);  // "on the India-Iran-Russia corridor"
  if (p->size() > 2) drop_bystanders(f, d, p);
  if (p->size() > 2) drop_based_sources(f, d.sentence, p);  // "said a Singapore-based economist"
  if (p->size() == 1) maker_side(f, d, p);
  if (p->size() == 1) maker_side(f, d, p, true);
  // "(d) No contract has yet been signed with Israel for the rocket system", in a Greek ministry's answer:
  // a deal with a lone foreign side is the home country's, the one the story names most.
  if (p->size() == 1 && !f.main_pair.empty() && !p->count(f.main_pair[0])) p->insert(home_side(f, *p));
}

}  // namespace

std::vector<std::string> parties_of(const FillContext& f, const DealDraft& d) {
  NameSet p = clause_sides(f, d);
  if (d.antecedent.e > d.antecedent.b) {
    // "Qatar, which has bought 36 of the planes": the relative clause's subject and the story's pair.
    NameSet a = countries_in(f, d.antecedent);
    if (!a.empty()) {
      p.insert(a.begin(), a.end());
      if (p.size() < 2 && !f.main_pair.empty()) p.insert(home_side(f, p));  // not both of a third's pair
      if (p.size() < 2) p.insert(f.main_pair.begin(), f.main_pair.end());
      return {p.begin(), p.end()};
    }
  }
  fill_lone_side(f, d, &p);
  drop_era_names(f, d, &p);         // "to replace the Soviet-era T-72s"
  drop_used_model_maker(f, d, &p);  // "delivered 52 refurbished T-72 tanks"
  weigh_story_pair(f, d, &p);
  return {p.begin(), p.end()};
}

// "a long-mooted deal with the EU", "an agreement between the European Union and India": a bloc or
// international body as a side.
bool with_bloc(const FillContext& f, const DealDraft& d) {
  if (bloc_lender(f, d)) return true;  // "a World Bank loan to Iraq", "a loan from the IMF"
  const LexedText& t = f.m.lexed;
  auto bloc_at = [&](std::size_t k) {
    if (t.is(k + 1, "the")) ++k;
    auto [e, end] = spans_in(f.m.entities, k + 1, k + 2);
    return e != end && bloc(f, *e);
  };
  std::size_t k = d.trigger_end;
  // "a loan agreement with the World Bank": the trigger "loan" ends its own part before "agreement".
  if (t.is(k, "agreement") || t.is(k, "agreements") || t.is(k, "deal") || t.is(k, "programme")) ++k;
  if (t.is(k, "with") || t.is(k, "between")) return bloc_at(k);
  // "negotiating a loan programme of $6 billion with the IMF", "pledged $10 million to UNRWA": a body as
  // the partner or recipient later in a clause that names one country at most.
  for (k = d.trigger_end; k < d.own.e; ++k) {
    if (t.is(k, "to") && k > 0 && f.m.taken[k - 1] == 1 && bloc_at(k)) return true;  // "$10 million to UNRWA"
    if ((t.is(k, "with") || t.is(k, "to")) && bloc_at(k)) return countries_in(f, d.own).size() < 2;
  }
  // "Mercosur and the UAE are negotiating a free trade agreement": a bloc as one of the subjects.
  // "The Asian Development Bank pledged $2 billion for regional grids": a bloc as the clause's subject in a
  // sentence that names no country, whose other side is no country of the story either.
  for (auto [e, end] = spans_in(f.m.entities, d.sentence.b, d.trigger); e != end; ++e) {
    if (bloc(f, *e) && t.is(e->end, "and")) return countries_in(f, d.sentence).size() < 2;
    if (bloc(f, *e) && countries_in(f, d.sentence).empty()) return true;
  }
  return false;
}

}  // namespace entente
