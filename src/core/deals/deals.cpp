// extract_deals: loads the tables once per call, finds each document's mentions and deals, then groups
// the same deal told by several documents and flags differing figures.
#include "deals.h"

#include "assets.h"
#include "deal_lexicon.h"
#include "deal_merge.h"
#include "deal_rules.h"
#include "mentions.h"

namespace entente {

DealsResult extract_deals(const Corpus& corpus, const DealsOptions& options) {
  DealsResult result;
  MentionTables tables = load_mention_tables();
  DealLexicon lex = load_deal_lexicon(embedded_asset("deal_lexicon.json"));
  for (std::size_t k = 0; k < corpus.docs.size(); ++k) {
    const Document& doc = corpus.docs[k];
    if (!doc.ok() || doc.text.empty()) continue;
    DocMentions m = find_mentions(tables, doc.text);
    append_mentions(tables, m, doc.id, &result.mentions);
    for (Deal& d : find_doc_deals(doc, m, tables, lex))
      if (d.confidence >= options.min_confidence) result.deals.push_back(std::move(d));
  }
  // Appending doubled the capacities: give back the slack (up to half of each list) before the stages that
  // follow allocate theirs.
  result.mentions.shrink_to_fit();
  result.deals.shrink_to_fit();
  group_deals(corpus, &result.deals);
  return result;
}

}  // namespace entente
