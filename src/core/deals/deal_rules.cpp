// The deals of one document, sentence by sentence: a deal told again ("the deal") adds to the one before, a
// headline restates the story's deals, lists give one deal per part. The deals of one sentence come from
// deal_sentence.cpp; the fields are filled in by deal_fill.cpp.
#include "deal_rules.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "dateline.h"
#include "deal_another_object.h"
#include "deal_any_hypothetical.h"
#include "deal_appositive_restatement.h"
#include "deal_awaited_signing.h"
#include "deal_compound_agreement.h"
#include "deal_consolidate.h"
#include "deal_delivery_schedule.h"
#include "deal_delivery_years.h"
#include "deal_draft.h"
#include "deal_earlier_deal.h"
#include "deal_fate_aside.h"
#include "deal_fill.h"
#include "deal_financing.h"
#include "deal_followup.h"
#include "deal_future_handover.h"
#include "deal_generic_you.h"
#include "deal_item.h"
#include "deal_later_news.h"
#include "deal_lists.h"
#include "deal_offered_plan.h"
#include "deal_party_lists.h"
#include "deal_purchase_sellers.h"
#include "deal_purpose_project.h"
#include "deal_ranked_predicate.h"
#include "deal_revision.h"
#include "deal_sale_buyers.h"
#include "deal_sector.h"
#include "deal_sentence.h"
#include "deal_signed_list.h"
#include "deal_signed_list_items.h"
#include "deal_stalled_talks.h"
#include "deal_talks_ordinal.h"
#include "deal_total_cost_aside.h"
#include "deal_trigger_context.h"
#include "deal_triggers.h"
#include "deal_wire_tag.h"
#include "deal_year_untimed_intent.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "a contract worth $80 million", "valued at US$80 million": an amount within four lexemes after the noun.
bool priced_after(const TriggerScan& s, std::size_t e) {
  for (std::size_t k = e; k < e + 4 && k < s.sentence.e; ++k)
    if (s.m.taken[k] == 1) return true;
  return false;
}

// "the pact with BrahMos Aerospace", "this agreement", "under an agreement": a definite agreement noun
// speaks of a deal told.
// "the potential deal" too; not "the 2017 agreement", which names another one by its year.
// "A memorandum was also signed", "signed a new accord": an agreement noun after "a" or "an" (at most three
// words before it), which names a deal without saying it was told before.
bool indefinite(const TriggerScan& s, const DealDraft& d) {
  if (s.lex.rules[d.rule].kind != "agreement"sv || s.lex.rules[d.rule].verb) return false;
  for (std::size_t k = d.trigger; k > d.sentence.b && k + 4 > d.trigger; --k) {
    std::string_view p = s.t.low(k - 1);
    if (p == "a" || p == "an") return true;
    if (s.t.lex[k - 1].kind != LexKind::Word || p == "the" || p == "this" || p == "that") return false;
  }
  return false;
}

bool definite(const TriggerScan& s, const DealDraft& d) {
  if (s.lex.rules[d.rule].kind != "agreement"sv || s.lex.rules[d.rule].verb || d.trigger == 0) return false;
  for (std::size_t k = d.trigger; k > 0 && k + 3 > d.trigger; --k) {
    std::string_view p = s.t.low(k - 1);
    if (p == "the" || p == "this" || p == "that") return true;
    // "under a framework agreement": the agreement a deal is made under is one already made; not "under a
    // contract valued at US$80 million", priced as a deal of its own.
    if (p == "a" || p == "an") return k > 1 && s.t.is(k - 2, "under") && !priced_after(s, d.trigger_end);
    if (s.t.lex[k - 1].kind != LexKind::Word || s.t.capitalized(k - 1) || s.m.taken[k - 1]) return false;
  }
  return false;
}

// "a third contract", "another deal", "a further loan": an agreement noun told as one more deal, which
// does not speak of one told before.
bool another(const TriggerScan& s, const DealDraft& d) {
  if (earlier_deal(s.t, d)) return true;  // "The deal follows an earlier order for 24 jets"
  if (s.lex.rules[d.rule].verb) return another_object(s.t, d);  // "would buy another 500,000 tonnes"
  for (std::size_t k = d.trigger; k > 0 && k + 3 > d.trigger; --k) {
    std::string_view p = s.t.low(k - 1);
    if (p == "another") return true;
    bool more = p == "second" || p == "third" || p == "fourth" || p == "fifth" || p == "further";
    if (more && k > 1 && (s.t.is(k - 2, "a") || s.t.is(k - 2, "an"))) return true;
    // "under a contract valued at US$80 million": an indefinite agreement noun priced after it is a deal
    // of its own, not the one told before.
    if ((p == "a" || p == "an") && k == d.trigger && s.lex.rules[d.rule].kind == "agreement"sv &&
        priced_after(s, d.trigger_end))
      return true;
    if (s.t.lex[k - 1].kind != LexKind::Word || s.m.taken[k - 1]) return false;
  }
  return false;
}

// "The deals include a contract for X, ...": the deals listed after a definite plural are parts of the
// umbrella told before, and stand where it stands (signed, announced ...).
void take_umbrella_status(const LexedText& t, LexRange sentence, std::size_t first,
                          std::vector<Deal>* deals) {
  bool definite_plural = false;
  for (std::size_t k = sentence.b; k + 1 < sentence.e && k < sentence.b + 4; ++k)
    definite_plural |= (t.is(k, "the") || t.is(k, "these") || t.is(k, "those")) && t.low(k + 1).size() > 3 &&
                       t.low(k + 1).back() == 's';
  if (!definite_plural) return;
  for (std::size_t k = first; k-- > 0;) {
    if (!(*deals)[k].aggregate) continue;
    for (std::size_t j = first; j < deals->size(); ++j) (*deals)[j].status = (*deals)[k].status;
    return;
  }
}

// A title line near the top of the text: no sentence-final punctuation ("China, Serbia sign free trade
// deal"); not an item of a list (ending in ";" or bulleted).
bool headline_sentence(const LexedText& t, LexRange r) {
  constexpr std::uint32_t kHeadlineZone = 600;
  if (t.lex[r.b].start >= kHeadlineZone || bulleted_at(t.text, t.lex[r.b].start)) return false;
  std::string_view last = t.raw(r.e - 1);
  if (last == ";") return false;
  bool quote = last == "\"" || last == "\xE2\x80\x9D";
  if (quote && r.e >= 2) last = t.raw(r.e - 2);  // "sign agreement on \"largest project\"" is a title
  return last != "." && last != "!" && last != "?" && last != "," &&
         (quote || last != ")" || ends_in_wire_tag(t, r.b, r.e));
}

// "Q: Is Kenya buying Japanese vehicles?", "Will Peru sign the deal?": a question that opens with an
// auxiliary or a question word asks about a deal and states none.
bool question(const LexedText& t, LexRange r) {
  if (!t.is(r.e - 1, "?")) return false;
  std::size_t k = r.b;
  if (k + 2 < r.e && (t.is(k, "q") || t.is(k, "question")) && t.is(k + 1, ":")) k += 2;
  for (std::string_view w :
       {"is",  "are",   "was",    "were", "will", "would", "does", "do",    "did",   "has", "have",
        "can", "could", "should", "what", "why",  "how",   "when", "where", "which", "who"})
    if (t.is(k, w)) return true;
  return false;
}

std::string_view span_view(const LexedText& t, std::size_t b, std::size_t e) {
  if (b >= e) return {};
  return t.text.substr(t.lex[b].start, t.lex[e - 1].end - t.lex[b].start);
}

// False when no trigger word can start in `range`: such a sentence states no deal (most sentences of a
// news story), and is passed over before its clauses are parsed.
bool may_hold_trigger(const DealLexicon& lex, const LexedText& t, LexRange range) {
  for (std::size_t k = range.b; k < range.e; ++k)
    if (lex.triggers.may_match(t, k)) return true;
  return false;
}

// lex_at(t, offset), found by walking forward from *cursor (a lexeme at or before it), which moves there.
std::size_t lex_from(const LexedText& t, std::uint32_t offset, std::size_t* cursor) {
  std::size_t k = *cursor;
  if (k > 0 && t.lex[k - 1].start >= offset) k = lex_at(t, offset);  // never here for ordered sentences
  while (k < t.lex.size() && t.lex[k].start < offset) ++k;
  return *cursor = k;
}

// Per lexeme: 1 inside a country's mention, else 0.
std::vector<std::uint8_t> country_flags(const DocMentions& m) {
  std::vector<std::uint8_t> country(m.lexed.lex.size(), 0);
  for (const EntityHit& e : m.entities)
    if (e.kind == EntityKind::Country)
      for (std::size_t k = e.first; k < e.end; ++k) country[k] = 1;
  return country;
}

// The document's sentences, or one sentence of its whole text (kept in *fallback) when it has none.
const std::vector<Sentence>& sentences_of(const Document& doc, std::vector<Sentence>* fallback) {
  if (!doc.sentences.empty() || doc.text.empty()) return doc.sentences;
  fallback->push_back({0, static_cast<std::uint32_t>(doc.text.size()), 0, 0});
  return *fallback;
}

// Where a document's sentences are read: the contexts of its rules, and what has been found so far.
struct DocScan {
  const FillContext& f;
  const TriggerScan& s;
  std::vector<Deal> deals;
  std::vector<DealNote> notes;  // parallel to deals
};

// The deals of draft d (told in sentence `range`, the sentence before it `before_this`), with their notes.
void add_draft_deals(DocScan& scan, const DealDraft& d, LexRange range, LexRange before_this, bool headline,
                     int index) {
  const FillContext& f = scan.f;
  std::vector<Deal>& deals = scan.deals;
  std::size_t before = deals.size();
  fill_deals(f, d, &deals);
  stressed_back_parties(f, d, range, before_this, before, &deals);
  split_party_lists(f, range, before, &deals);
  split_sale_buyers(f, d, before_this, before, &deals);  // "sold jets to Colombia and Thailand"
  offered_plan(f, d, before, &deals);                    // "it offered a $1 billion package"
  fate_after_aside(f, d, before, &deals);                // "A deal for X, told in 2023, was dropped"
  // "bought trains from China and Spain" (one row per seller); "delivered in 2011 and 2015" (one deal);
  // "Talks on the purchase stalled in March" (in negotiation)
  split_purchase_sellers(f, d, before_this, before, &deals);
  one_delivery_over_years(f, d, before, &deals);
  stalled_talks(f, d, before, &deals);
  std::string_view context = span_view(f.m.lexed, d.own.b, d.own.e);
  for (std::size_t k = before; k < deals.size(); ++k)
    scan.notes.push_back(
        {headline, definite(scan.s, d), another(scan.s, d), context, -1, index, indefinite(scan.s, d)});
  mark_signed_list_items(scan.s, range, before, &scan.notes);  // "1. MoU on X\n2. MoU on Y": two documents
}

// The parts a sentence adds to the deals before it (listed items, a follow-up's amounts, an ordinal part);
// the sentence's own deals start at first_new.
void add_sentence_parts(DocScan& scan, LexRange range, std::uint32_t start, std::size_t first_new,
                        bool headline, int index) {
  const FillContext& f = scan.f;
  const LexedText& t = f.m.lexed;
  std::vector<Deal>& deals = scan.deals;
  ordinal_sectors(first_new, &deals);  // "talks on a third ship" after "two patrol ships"
  join_project_loans(t, range, first_new, &deals, &scan.notes);
  join_purpose_projects(first_new, &deals, &scan.notes);     // "a grant agreement on Tuesday for a project"
  drop_compound_agreements(first_new, &deals, &scan.notes);  // "grant agreement": one deal, not two
  std::size_t before = deals.size();
  int owner = add_list_parts(f, range, first_new, &deals);
  if (owner < 0) owner = add_signed_list(f, range, first_new, &deals);  // "signed X, a loan for Y and a Z"
  if (first_new == deals.size() && first_new > 0 && deals.back().evidence.start + 2000 > start)
    owner = add_followup_parts(f, range, first_new - 1, &deals);
  if (owner < 0 && first_new == deals.size()) owner = add_ordinal_part(f, range, &deals);
  for (std::size_t k = before; k < deals.size(); ++k)
    scan.notes.push_back({headline, false, false, {}, owner, index});
  if (owner >= 0) take_umbrella_status(t, range, first_new, &deals);
}

// A draft that gives no row of its own: a signing still awaited ("before an offtake contract is signed"), a
// handover to come ("The first three are to be handed over from 2029"), an apposition (", a grant that ...")
// or a ranked predicate ("The bus order is the largest purchase of ...") restating the deal just told.
bool no_row_of_its_own(const LexedText& t, const DealDraft& d, bool recent, bool told_in_sentence) {
  return awaited_signing(t, d) || future_handover(t, d, recent) ||
         appositive_restatement(t, d, told_in_sentence) || ranked_predicate(t, d, recent);
}

}  // namespace

std::vector<Deal> find_doc_deals(const Document& doc, const DocMentions& m, const MentionTables& tables,
                                 const DealLexicon& lex) {
  const LexedText& t = m.lexed;
  std::vector<std::uint8_t> country = country_flags(m);
  ItemContext items{t, lex, m.taken, country, m.quantities};
  TriggerScan s{t, m, lex, items, {}};
  FillContext f{doc, m, tables, lex, items, {}, dateline_year(t, m.dates)};
  for (std::size_t k = 0; k < m.country_rank.size() && k < 2; ++k) f.main_pair.push_back(m.country_rank[k]);
  DocScan scan{f, s, {}, {}};
  std::vector<Deal>& deals = scan.deals;
  std::vector<Sentence> fallback;
  const std::vector<Sentence>& sentences = sentences_of(doc, &fallback);
  SentenceScratch scratch;
  std::size_t cursor = 0;  // sentences come in text order: their lexemes are found walking forward
  LexRange last{};         // the sentence before this one
  int index = -1;          // the sentence's index in the document
  for (const Sentence& sent : sentences) {
    ++index;
    LexRange range{lex_from(t, sent.start, &cursor), lex_from(t, sent.end, &cursor)};
    LexRange before_this = last;
    last = range;
    if (range.b >= range.e || question(t, range)) continue;
    if (!may_hold_trigger(lex, t, range)) {
      untriggered_news(t, m, range, sent.start, &deals);
      continue;
    }
    bool headline = headline_sentence(t, range);
    std::size_t first_new = deals.size();
    if (!headline && building_begun(t, range, &deals)) continue;  // "Construction of ... at Paks begins"
    for (const DealDraft& d : sentence_drafts(s, range, &scratch)) {
      bool recent = !deals.empty() && deals.back().evidence.start + 2000 > sent.start;
      if (no_row_of_its_own(t, d, recent, first_new < deals.size())) continue;
      if (folded(f, d, range, before_this, recent && !headline, &deals)) continue;
      if (total_cost_aside(f, d, first_new, &deals)) continue;  // "out of a total investment of $9m"
      // "made any new arms deal difficult", "you buy the whole system", "Deliveries are due to begin in 2027"
      if (any_hypothetical(t, d) || generic_you(t, d) || delivery_schedule(t, d, recent)) continue;
      add_draft_deals(scan, d, range, before_this, headline, index);
    }
    later_news(f, range, sent.start, first_new, &deals);
    add_sentence_parts(scan, range, sent.start, first_new, headline, index);
  }
  // A headline restates the story's deals; the body states them with their details.
  consolidate_deals(&deals, scan.notes, sentences.size() >= 4);
  undate_untimed_intents(f, &deals);  // "said it would buy", told with no time
  settle_sectors(&deals);
  return std::move(deals);
}

}  // namespace entente
