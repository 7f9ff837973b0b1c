// Clause splitting: top-level commas, semicolons, colons and dashes end a clause, except inside brackets,
// inside a mention ("$1,300"), between two named parties of a list, or between the listed modifiers of a
// noun.
#include "deal_clauses.h"

#include <string_view>

#include "deal_town_place.h"
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
  // "..., all announced in recent weeks": the deals before are the subject.
  if ((w == "all" || w == "both" || w == "each") && k + 1 < t.lex.size() && t.low(k + 1).size() > 4 &&
      t.low(k + 1).substr(t.low(k + 1).size() - 2) == "ed")
    return true;
  if (w == "including") return false;  // a list of further deals
  if (t.lex[k].kind != LexKind::Word) return false;
  // "..., built by China Railway Group at a cost of ...", "..., worth $2 billion": the clause before it
  // goes on.
  if (w == "built" || w == "worth" || w == "valued" || w == "costing" || w == "funded" || w == "financed")
    return true;
  return w.size() > 5 && w.substr(w.size() - 3) == "ing";
}

bool entity_starts(const DocMentions& m, std::size_t k) {
  auto [e, end] = spans_in(m.entities, k, k + 1);
  return e != end;
}

bool entity_ends(const DocMentions& m, std::size_t k) {
  for (auto [e, end] = spans_in(m.entities, span_reach(k), k); e != end; ++e)
    if (e->end == k) return true;
  // "France's Total": a name owned by a country.
  const LexedText& t = m.lexed;
  return k >= 3 && t.capitalized(k - 1) && t.is(k - 2, "s") &&
         (t.is(k - 3, "'") || t.is(k - 3, "\xE2\x80\x99"));
}

// "with France's Total, Britain's Shell and Italy's Eni", "between India, Sri Lanka, and the UAE": a comma
// between two named parties lists them; it does not end a clause.
bool name_list_comma(const DocMentions& m, std::size_t k) {
  const LexedText& t = m.lexed;
  if (!t.is(k, ",") || !entity_ends(m, k) || placed_name_then_and(m, k)) return false;
  std::size_t n = k + 1;
  if (t.is(n, "and")) ++n;
  if (t.is(n, "the")) ++n;
  return n < t.lex.size() && entity_starts(m, n);
}

// "signed the engineering, procurement and construction contract", "a design, supply, installation and
// commissioning deal": a comma between single lower-case words after a determiner lists the modifiers of
// one noun; it does not end a clause.
bool modifier_list_comma(const LexedText& t, std::size_t k) {
  if (!t.is(k, ",") || k < 2 || k + 2 >= t.lex.size()) return false;
  auto word = [&](std::size_t i) { return t.lex[i].kind == LexKind::Word && !t.capitalized(i); };
  std::string_view d = t.low(k - 2);
  bool opened = d == "the" || d == "a" || d == "an" || d == "its" || d == "their" || d == ",";
  bool goes_on = t.is(k + 2, "and") || t.is(k + 2, "or") || t.is(k + 2, ",");
  return opened && goes_on && word(k - 1) && word(k + 1);
}

}  // namespace

void split_clauses(const DocMentions& m, LexRange sentence, std::vector<LexRange>* out_buf) {
  const LexedText& t = m.lexed;
  std::vector<LexRange>& out = *out_buf;
  out.clear();
  std::size_t start = sentence.b;
  int depth = 0;
  for (std::size_t k = sentence.b; k < sentence.e; ++k) {
    std::string_view r = t.raw(k);
    if (t.lex[k].kind != LexKind::Punct) continue;
    if (r == "(") ++depth;
    if (r == ")" && depth > 0) --depth;
    if (depth > 0 || m.taken[k] != 0 || !clause_break(t, k) || name_list_comma(m, k) ||
        modifier_list_comma(t, k))
      continue;
    if (k > start) {
      // A clause opened by a participle ("paving the way for ...") belongs to the one before it.
      if (!out.empty() && participle(t, start))
        out.back().e = k;
      else
        out.push_back({start, k});
    }
    start = k + 1;
  }
  if (start < sentence.e) {
    if (!out.empty() && participle(t, start))
      out.back().e = sentence.e;
    else
      out.push_back({start, sentence.e});
  }
}

}  // namespace entente
