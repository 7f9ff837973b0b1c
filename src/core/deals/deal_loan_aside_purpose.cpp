// A loan's purpose in a comma aside names its sector (deal_loan_aside_purpose.h).
#include "deal_loan_aside_purpose.h"

#include <string_view>

#include "deal_status.h"

namespace entente {

namespace {

constexpr std::size_t kNear = 8;  // "loan agreement on Tuesday worth $250 million," ends near the trigger

// The first lexeme of the purpose after the comma at c ("for a new water plant", "earmarked for two
// hospitals", "to modernise the port"), or 0 when the aside opens none.
std::size_t purpose_start(const LexedText& t, std::size_t c, std::size_t limit) {
  std::size_t k = c + 1;
  if (k < limit && in_words(t.low(k), {"earmarked", "meant", "intended", "destined", "aimed", "used"})) ++k;
  if (k + 1 < limit && (t.is(k, "for") || t.is(k, "at"))) return k + 1;
  if (k + 1 < limit && t.is(k, "to") && t.lex[k + 1].kind == LexKind::Word) return k + 1;
  return 0;
}

}  // namespace

int aside_purpose_sector(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t limit = d.sentence.e;
  for (std::size_t c = d.trigger_end; c < limit && c <= d.trigger_end + kNear; ++c) {
    if (t.is(c, ";") || t.is(c, ".")) return -1;
    if (!t.is(c, ",")) continue;
    std::size_t b = purpose_start(t, c, limit);
    if (b == 0) continue;
    std::size_t e = b;
    while (e < limit && !t.is(e, ",") && !t.is(e, ";")) ++e;
    int s = best_cue(f, f.lex.sectors, {b, e});
    std::string_view named = s >= 0 ? std::string_view(f.lex.sector_names[s]) : std::string_view();
    return named == "infrastructure" || named == "energy" || named == "health" ? s : -1;
  }
  return -1;
}

bool loan_purpose_draft(const TriggerScan& s, const DealDraft& prev, const DealDraft& d) {
  const LexedText& t = s.t;
  if (s.lex.rules[prev.rule].kind != "loan" || !s.lex.rules[d.rule].verb) return false;
  if (d.trigger < 2 || !t.is(d.trigger - 1, "to") || !t.is(d.trigger - 2, ",")) return false;
  std::size_t comma = d.trigger - 2;
  return comma >= prev.trigger_end && comma <= prev.trigger_end + kNear;
}

}  // namespace entente
