// The rectangle of the canvas a frame redraws (src/app/draw_changes.h).
#include "draw_changes.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using entente::ListPicture;
using entente::PixelRect;

const PixelRect kScreen{0, 0, 1000, 800};
// Distinct addresses to name lists by.
const char kNames[] = "abcdefgh";

ListPicture list(int name, std::uint64_t hash, PixelRect bounds) {
  return ListPicture{kNames + name, hash, bounds};
}

bool same(const PixelRect& a, const PixelRect& b) {
  return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1;
}

}  // namespace

TEST_CASE("nothing changed: nothing to redraw") {
  const std::vector<ListPicture> frame{list(0, 1, {0, 0, 500, 400}), list(1, 2, {500, 0, 1000, 400})};
  CHECK(entente::changed_area(frame, frame, kScreen).empty());
}

TEST_CASE("a changed list redraws its old and new bounds, and no more") {
  const std::vector<ListPicture> before{list(0, 1, {0, 0, 500, 400}), list(1, 2, {500, 0, 900, 300}),
                                        list(2, 3, {0, 400, 1000, 800})};
  auto now = before;
  now[1].hash = 9;
  now[1].bounds = {520, 0, 1000, 350};  // the window grew and moved
  CHECK(same(entente::changed_area(before, now, kScreen), {500, 0, 1000, 350}));
}

TEST_CASE("a list that appears or goes redraws where it draws or drew; a new order redraws everything") {
  const std::vector<ListPicture> before{list(0, 1, {0, 0, 500, 400}), list(1, 2, {500, 0, 1000, 400})};
  auto opened = before;
  opened.insert(opened.begin() + 1, list(2, 5, {100, 100, 200, 150}));  // a tooltip between the two
  CHECK(same(entente::changed_area(before, opened, kScreen), {100, 100, 200, 150}));
  CHECK(same(entente::changed_area(opened, before, kScreen), {100, 100, 200, 150}));
  const std::vector<ListPicture> raised{before[1], before[0]};
  CHECK(same(entente::changed_area(before, raised, kScreen), kScreen));
}

TEST_CASE("the area stays on the screen") {
  const std::vector<ListPicture> before{list(0, 1, {-50, -50, 100, 100})};
  std::vector<ListPicture> now{list(0, 2, {900, 700, 1200, 900})};
  CHECK(same(entente::changed_area(before, now, kScreen), kScreen));
  now[0].bounds = {10, 10, 20, 20};
  CHECK(same(entente::changed_area(before, now, kScreen), {0, 0, 100, 100}));
}

TEST_CASE("the hash sees every byte and the seed") {
  std::string a(37, 'x');
  std::string b = a;
  const auto h = entente::hash_bytes(a.data(), a.size(), 7);
  CHECK(h == entente::hash_bytes(b.data(), b.size(), 7));
  for (std::size_t i : {0u, 8u, 31u, 36u}) {  // in a whole word and in the tail
    b = a;
    b[i] = 'y';
    CHECK(h != entente::hash_bytes(b.data(), b.size(), 7));
  }
  CHECK(h != entente::hash_bytes(a.data(), a.size(), 8));
  CHECK(h != entente::hash_bytes(a.data(), a.size() - 1, 7));
}
