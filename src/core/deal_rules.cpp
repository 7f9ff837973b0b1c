// Clauses, triggers and their requirements; the fields are filled in by deal_fill.cpp.
#include "deal_rules.h"

#include "deal_draft.h"
#include "deal_fill.h"
#include "deal_item.h"
#include "deal_triggers.h"
#include "spans_in.h"

namespace entente {
namespace {

bool clause_break(const LexedText& t, std::size_t k) {
  std::string_view r = t.raw(k);
  if (r == "," || r == ";" || r == ":" || r == "\xE2\x80\x94") return true;
  return r == "\xE2\x80\x93" && !t.joined(k) && !(k > 0 && t.joined(k - 1));
}

bool participle(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  if (w == "including") return false;  // a list of further deals
  if (t.lex[k].kind != LexKind::Word) return false;
  // "..., built by China Railway Group at a cost of ...", "..., worth $2 billion": the clause before it
  // goes on.
  if (w == "built" || w == "worth" || w == "valued" || w == "costing" || w == "funded" || w == "financed")
    return true;
  return w.size() > 5 && w.substr(w.size() - 3) == "ing";
}

std::vector<LexRange> clauses(const TriggerScan& s, LexRange sentence) {
  std::vector<LexRange> out;
  std::size_t start = sentence.b;
  int depth = 0;
  for (std::size_t k = sentence.b; k < sentence.e; ++k) {
    std::string_view r = s.t.raw(k);
    if (s.t.lex[k].kind != LexKind::Punct) continue;
    if (r == "(") ++depth;
    if (r == ")" && depth > 0) --depth;
    if (depth > 0 || s.m.taken[k] != 0 || !clause_break(s.t, k)) continue;
    if (k > start) {
      // A clause opened by a participle ("paving the way for ...") belongs to the one before it.
      if (!out.empty() && participle(s.t, start))
        out.back().e = k;
      else
        out.push_back({start, k});
    }
    start = k + 1;
  }
  if (start < sentence.e) {
    if (!out.empty() && participle(s.t, start))
      out.back().e = sentence.e;
    else
      out.push_back({start, sentence.e});
  }
  return out;
}

bool and_between(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k)
    if (t.is(k, "and")) return true;
  return false;
}

bool money_between(const TriggerScan& s, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k)
    if (s.m.taken[k] == 1) return true;
  return false;
}

// "buy 24 X from A for $2.6 billion and six Y from B for $930 million": a second counted object after
// "and", with its own amount, is a second deal of the same verb.
void split_objects(const TriggerScan& s, LexRange c, std::vector<DealDraft>* out) {
  DealDraft& d = out->back();
  if (!s.lex.rules[d.rule].verb) return;
  for (auto [it, end] = spans_in(s.m.quantities, d.item.e, c.e); it != end; ++it) {
    const QuantitySpan& q = *it;
    if (!q.counted || q.first == 0 || !s.t.is(q.first - 1, "and")) continue;
    if (!money_between(s, d.trigger_end, q.first) || !money_between(s, q.first, c.e)) continue;
    std::size_t cut = q.first - 1;
    DealDraft next = d;
    next.item = {q.unit_first, phrase_end(s.items, q.unit_first, c.e)};
    next.own = {cut, d.own.e};
    d.own.e = cut;
    out->push_back(next);
    return;
  }
}

// "roll over a $2.3 billion loan and will provide another $1 billion": a second deal verb after "and",
// each verb with its own amount.
bool verb_conjunct(const TriggerScan& s, const TriggerRule& r, const DealDraft& prev, LexRange c,
                   std::size_t k) {
  if (!r.verb) return false;
  std::size_t a = k;
  while (a > prev.item.e && a + 3 > k && !s.t.is(a - 1, "and")) --a;
  if (a == 0 || a <= prev.item.e || !s.t.is(a - 1, "and")) return false;
  return money_between(s, prev.own.b, a) && money_between(s, k, c.e);
}

// The deals of one clause: the first valid trigger, plus later same-kind nouns after "and" ("drills in
// Cherat and naval exercises AMAN 2017").
void clause_drafts(const TriggerScan& s, LexRange c, std::vector<DealDraft>* out) {
  std::size_t first = out->size();
  for (std::size_t k = c.b; k < c.e; ++k) {
    PhraseMatch blocked = s.lex.blocked.match(s.t, k);
    if (blocked.id >= 0) {
      k = blocked.end - 1;
      continue;
    }
    PhraseMatch m = s.lex.triggers.match(s.t, k);
    if (m.id < 0 || m.end > c.e) continue;
    // Inside a name ("Export-Import Bank", "Trade Ministry") a trigger word states nothing; named
    // agreements ("Basic Exchange and Cooperation Agreement") still do.
    bool in_name = k > c.b && s.t.capitalized(k);
    // "export-model", "anti-export": part of a compound word.
    in_name |= s.t.is(m.end, "-") && s.t.joined(m.end - 1);
    in_name |= k > 0 && s.t.is(k - 1, "-") && s.t.joined(k - 1);
    if (in_name && s.lex.rules[s.lex.trigger_groups[m.id][0]].kind != "agreement") {
      k = m.end - 1;
      continue;
    }
    for (int rule : s.lex.trigger_groups[m.id]) {
      const TriggerRule& r = s.lex.rules[rule];
      LexRange item;
      if (!trigger_holds(s, r, c, k, m.end, &item)) continue;
      if (out->size() > first) {
        DealDraft& prev = out->back();
        const TriggerRule& p = s.lex.rules[prev.rule];
        // A facility noun ("pipeline") yields its kind to a later money trigger ("loan") but names the item.
        if (p.requires == Requirement::Build && r.requires != Requirement::Build &&
            out->size() == first + 1) {
          prev.rule = rule;
          prev.trigger = k;  // the amount nearest the loan is the loan's
          prev.trigger_end = m.end;
          break;
        }
        bool split =
            !r.verb && !p.verb && p.kind == r.kind && k >= prev.item.e && and_between(s.t, prev.item.e, k);
        split |= verb_conjunct(s, r, prev, c, k);
        if (!split) break;
        std::size_t cut = k;
        while (cut > prev.item.e && !s.t.is(cut - 1, "and")) --cut;
        prev.own.e = cut;
        out->push_back({k, m.end, rule, item, {cut, c.e}, {}, {}, {}});
      } else {
        out->push_back({k, m.end, rule, item, c, {}, {}, {}});
        split_objects(s, c, out);
      }
      break;
    }
    k = m.end - 1;
  }
}

// "the deal", "this agreement": a bare trigger noun after a definite determiner refers back.
bool anaphoric(const LexedText& t, const DealDraft& d) {
  if (d.item.e - d.item.b != 1 || d.item.b != d.trigger || d.trigger == 0) return false;
  std::string_view p = t.low(d.trigger - 1);
  return p == "the" || p == "this" || p == "that";
}

bool bare_agreement(const TriggerScan& s, const DealDraft& d) {
  if (d.item.b != d.trigger || d.item.e != d.trigger_end || s.lex.rules[d.rule].kind != "agreement")
    return false;
  std::string_view w = s.t.low(d.trigger);
  return w == "deal" || w == "agreement" || w == "contract" || w == "accord" || w == "pact";
}

// ", which would supply up to 5 million tonnes a year": a relative clause about the deal before it.
bool relative_clause(const TriggerScan& s, const DealDraft& d) {
  std::string_view w = s.t.low(d.own.b);
  return s.lex.rules[d.rule].verb && (w == "which" || w == "that");
}

// The deals of one sentence with the clauses around each (head, tail) set.
std::vector<DealDraft> sentence_drafts(const TriggerScan& s, LexRange range) {
  std::vector<DealDraft> drafts;
  for (LexRange c : clauses(s, range)) clause_drafts(s, c, &drafts);
  // "..., a $20 billion project with four reactors": a facility noun after another deal in the sentence
  // is an apposition that gives that deal its figures, not a deal of its own.
  for (std::size_t k = drafts.size(); k-- > 1;)
    if (s.lex.rules[drafts[k].rule].requires == Requirement::Build) drafts.erase(drafts.begin() + k);
  // A relative clause stays in the tail of the deal before it, which takes its figures from there.
  for (std::size_t k = drafts.size(); k-- > 1;)
    if (relative_clause(s, drafts[k])) drafts.erase(drafts.begin() + k);
  // "Under a deal approved in 2016, Egypt will build a highway": a bare "deal" frames the other deal.
  for (std::size_t k = drafts.size(); drafts.size() > 1 && k-- > 0;)
    if (bare_agreement(s, drafts[k])) drafts.erase(drafts.begin() + k);
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    DealDraft& d = drafts[k];
    d.sentence = range;
    d.head = {k == 0 ? range.b : drafts[k - 1].own.e, d.own.b};
    d.tail = {d.own.e, k + 1 < drafts.size() ? drafts[k + 1].own.b : range.e};
  }
  return drafts;
}

// "the deal could be worth $1.5 billion": more about the deal just told; its value goes to that deal.
void add_to_previous(const FillContext& f, const DealDraft& d, Deal* prev) {
  std::vector<Deal> more;
  fill_deals(f, d, &more);
  if (prev->value || more.empty() || !more[0].value) return;
  prev->value = more[0].value;
  prev->value_usd = more[0].value_usd;
  prev->currency = more[0].currency;
  prev->value_text = more[0].value_text;
  prev->value_qualifier = more[0].value_qualifier;
}

}  // namespace

std::vector<Deal> find_doc_deals(const Document& doc, const DocMentions& m, const MentionTables& tables,
                                 const DealLexicon& lex) {
  const LexedText& t = m.lexed;
  std::vector<std::uint8_t> country(t.lex.size(), 0);
  for (const EntityHit& e : m.entities)
    if (e.kind == EntityKind::Country)
      for (std::size_t k = e.first; k < e.end; ++k) country[k] = 1;
  ItemContext items{t, lex, m.taken, country, m.quantities};
  TriggerScan s{t, m, lex, items};
  FillContext f{doc, m, tables, lex, items, {}};
  for (std::size_t k = 0; k < m.country_rank.size() && k < 2; ++k) f.main_pair.push_back(m.country_rank[k]);
  std::vector<Deal> deals;
  std::vector<Sentence> fallback;
  const std::vector<Sentence>* sentences = &doc.sentences;
  if (sentences->empty() && !doc.text.empty()) {
    fallback.push_back({0, static_cast<std::uint32_t>(doc.text.size()), 0, 0});
    sentences = &fallback;
  }
  // A headline restates the story's deals; the body states them with their details.
  std::size_t title_end = doc.text.find('\n');
  bool skip_title = sentences->size() >= 4 && !doc.title.empty() && title_end != std::string::npos;
  for (const Sentence& sent : *sentences) {
    if (skip_title && sent.end <= title_end) continue;
    LexRange range{lex_at(t, sent.start), lex_at(t, sent.end)};
    if (range.b >= range.e) continue;
    for (const DealDraft& d : sentence_drafts(s, range)) {
      bool recent = !deals.empty() && deals.back().evidence.start + 2000 > sent.start;
      if (anaphoric(t, d) && recent)
        add_to_previous(f, d, &deals.back());
      else
        fill_deals(f, d, &deals);
    }
  }
  return deals;
}

}  // namespace entente
