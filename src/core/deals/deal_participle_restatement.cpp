// Passive participles that tell a deal's goods again (see deal_participle_restatement.h).
#include "deal_participle_restatement.h"

#include <string_view>

namespace entente {

namespace {

bool trade_kind(std::string_view kind) {
  return kind == "purchase" || kind == "supply";
}

bool participle(std::string_view w) {
  return (w.size() > 4 && w.substr(w.size() - 2) == "ed") || w == "bought" || w == "sold";
}

bool auxiliary(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "is" || w == "are" || w == "be" || w == "being";
}

}  // namespace

void drop_participle_restatements(const TriggerScan& s, std::vector<DealDraft>* drafts) {
  const LexedText& t = s.t;
  for (std::size_t k = drafts->size(); k-- > 1;) {
    const DealDraft& d = (*drafts)[k];
    const TriggerRule& r = s.lex.rules[d.rule];
    if (!r.verb || !trade_kind(r.kind) || !trade_kind(s.lex.rules[(*drafts)[k - 1].rule].kind)) continue;
    if (d.trigger == 0 || d.trigger_end >= t.lex.size() || !t.is(d.trigger_end, "by")) continue;
    std::size_t p = d.trigger - 1;
    if (!participle(t.low(d.trigger)) || t.lex[p].kind != LexKind::Word || auxiliary(t.low(p))) continue;
    drafts->erase(drafts->begin() + static_cast<std::ptrdiff_t>(k));
  }
}

}  // namespace entente
