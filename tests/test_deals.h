// Test helpers for deal cases: a document with its sentences, and the deals `extract_deals` finds in one
// text.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "deals.h"
#include "sentences.h"
#include "test_corpus.h"

// A document with `text`, its tokens and sentences, id `id` and name "doc<id>.txt".
inline entente::Document sentenced_doc_of(const std::string& text, int id = 0) {
  entente::Document d = doc_of(text, id);
  d.sentences = entente::split_sentences(d.text, d.tokens);
  return d;
}

// The deals of a corpus of the one document `text`.
inline std::vector<entente::Deal> deals_of(const std::string& text) {
  entente::Corpus c;
  c.docs.push_back(sentenced_doc_of(text));
  return entente::extract_deals(c, {}).deals;
}
