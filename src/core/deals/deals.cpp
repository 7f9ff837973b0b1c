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
  std::vector<std::vector<Mention>> per_doc(corpus.docs.size());
  std::size_t total = 0;
  for (std::size_t k = 0; k < corpus.docs.size(); ++k) {
    const Document& doc = corpus.docs[k];
    if (!doc.ok() || doc.text.empty()) continue;
    DocMentions m = find_mentions(tables, doc.text);
    append_mentions(tables, m, doc.id, &per_doc[k]);
    total += per_doc[k].size();
    for (Deal& d : find_doc_deals(doc, m, tables, lex))
      if (d.confidence >= options.min_confidence) result.deals.push_back(std::move(d));
  }
  result.mentions.reserve(total);
  for (auto& v : per_doc)
    for (Mention& x : v) result.mentions.push_back(std::move(x));
  group_deals(corpus, &result.deals);
  return result;
}

}  // namespace entente
