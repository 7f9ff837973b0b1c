// Average-linkage clustering by the nearest-neighbour chain algorithm, then the dendrogram's leaf order.
#include "similarity_order.h"

#include <algorithm>
#include <cstddef>

namespace entente {
namespace {

constexpr int kMaxClustered = 2000;  // above this, the input order is kept (the matrix would be too large)

struct Node {
  int left = -1, right = -1;  // children (node ids), -1 for a leaf
};

class Clustering {
 public:
  explicit Clustering(int n)
      : n_(n), d_(static_cast<std::size_t>(n) * n, 1.0f), size_(n, 1), active_(n, true) {
    for (int i = 0; i < n; ++i) {
      at(i, i) = 0.0f;
      node_of_.push_back(i);
      nodes_.push_back({});
    }
  }
  float& at(int i, int j) { return d_[static_cast<std::size_t>(i) * n_ + j]; }

  // Runs the clustering; returns the root node id.
  int run() {
    std::vector<int> chain;
    for (int left = n_; left > 1;) {
      if (chain.empty()) chain.push_back(first_active());
      const int top = chain.back();
      const int prev = chain.size() >= 2 ? chain[chain.size() - 2] : -1;
      const int near = nearest(top, prev);
      if (near == prev) {
        chain.pop_back();
        chain.pop_back();
        merge(std::min(top, prev), std::max(top, prev));
        --left;
      } else {
        chain.push_back(near);
      }
    }
    return node_of_[first_active()];
  }

  // Leaves under `root`, left to right.
  std::vector<int> leaves(int root) const {
    std::vector<int> order, stack = {root};
    while (!stack.empty()) {
      const int v = stack.back();
      stack.pop_back();
      if (nodes_[v].left < 0) {
        order.push_back(v);
      } else {
        stack.push_back(nodes_[v].right);
        stack.push_back(nodes_[v].left);
      }
    }
    return order;
  }

 private:
  int first_active() const {
    return static_cast<int>(std::find(active_.begin(), active_.end(), true) - active_.begin());
  }

  // Nearest active cluster to `i`; `prev` wins ties so that the chain always ends in a reciprocal pair.
  int nearest(int i, int prev) {
    int best = prev;
    float best_d = prev >= 0 ? at(i, prev) : 2.0f;
    for (int k = 0; k < n_; ++k) {
      if (k == i || !active_[k]) continue;
      if (at(i, k) < best_d) {
        best = k;
        best_d = at(i, k);
      }
    }
    return best;
  }

  // Merges cluster j into slot i (i < j), average linkage (Lance-Williams).
  void merge(int i, int j) {
    const float si = static_cast<float>(size_[i]), sj = static_cast<float>(size_[j]);
    for (int k = 0; k < n_; ++k) {
      if (!active_[k] || k == i || k == j) continue;
      const float v = (si * at(i, k) + sj * at(j, k)) / (si + sj);
      at(i, k) = v;
      at(k, i) = v;
    }
    active_[j] = false;
    size_[i] += size_[j];
    nodes_.push_back({node_of_[i], node_of_[j]});
    node_of_[i] = static_cast<int>(nodes_.size()) - 1;
  }

  int n_;
  std::vector<float> d_;
  std::vector<int> size_;
  std::vector<bool> active_;
  std::vector<int> node_of_;  // slot -> node id
  std::vector<Node> nodes_;
};

}  // namespace

std::vector<int> similarity_order(const std::vector<int>& ids, const OverlapResult& overlap) {
  const int n = static_cast<int>(ids.size());
  std::vector<int> identity(n);
  for (int i = 0; i < n; ++i) identity[i] = i;
  if (n <= 2 || n > kMaxClustered) return identity;
  std::vector<std::pair<int, int>> row_of;  // (document id, row), sorted
  for (int i = 0; i < n; ++i) row_of.emplace_back(ids[i], i);
  std::sort(row_of.begin(), row_of.end());
  auto row = [&row_of](int id) {
    auto it = std::lower_bound(row_of.begin(), row_of.end(), std::make_pair(id, -1));
    return it != row_of.end() && it->first == id ? it->second : -1;
  };
  Clustering c(n);
  for (const OverlapPair& p : overlap.pairs) {
    const int a = row(p.a), b = row(p.b);
    if (a < 0 || b < 0 || a == b) continue;
    const float d = 1.0f - static_cast<float>(p.score);
    c.at(a, b) = d;
    c.at(b, a) = d;
  }
  return c.leaves(c.run());
}

}  // namespace entente
