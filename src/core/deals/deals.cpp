// extract_deals: loads the tables once per call, finds each document's mentions and deals (on two threads
// when asked), then groups the same deal told by several documents and flags differing figures.
#include "deals.h"

#include <algorithm>
#include <iterator>

#include "assets.h"
#include "deal_lexicon.h"
#include "deal_merge.h"
#include "deal_rules.h"
#include "index_threads.h"
#include "mentions.h"

namespace entente {
namespace {

// The lists of `parts` joined into one of exactly their total size, each item moved once and each part
// freed as soon as it is taken: no doubling growth (which touches about three times the final memory) and
// no copy to give back unused room.
template <class T>
std::vector<T> join_parts(std::vector<std::vector<T>>& parts) {
  std::size_t total = 0;
  for (const std::vector<T>& p : parts) total += p.size();
  std::vector<T> out;
  out.reserve(total);
  for (std::vector<T>& p : parts) {
    std::move(p.begin(), p.end(), std::back_inserter(out));
    std::vector<T>().swap(p);
  }
  return out;
}

}  // namespace

DealsResult extract_deals(const Corpus& corpus, const DealsOptions& options, bool two_threads) {
  const MentionTables tables = load_mention_tables();
  const DealLexicon lex = load_deal_lexicon(embedded_asset("deal_lexicon.json"));
  std::vector<const Document*> docs;
  for (const Document& doc : corpus.docs)
    if (doc.ok() && !doc.text.empty()) docs.push_back(&doc);
  std::vector<std::vector<Mention>> mentions(docs.size());  // per document, each of its exact size
  std::vector<std::vector<Deal>> deals(docs.size());
  for_each_index(docs.size(), two_threads, [&](std::size_t i) {
    const Document& doc = *docs[i];
    const DocMentions m = find_mentions(tables, doc.text);
    mentions[i].reserve(mention_count(m));
    append_mentions(tables, m, doc.id, &mentions[i]);
    std::vector<Deal>& found = deals[i] = find_doc_deals(doc, m, tables, lex);
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Deal& d) { return d.confidence < options.min_confidence; }),
                found.end());
  });
  DealsResult result;
  result.mentions = join_parts(mentions);
  result.deals = join_parts(deals);
  group_deals(corpus, &result.deals);
  return result;
}

}  // namespace entente
