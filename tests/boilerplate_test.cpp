// Stock lines and the frequency cap.
#include "boilerplate.h"

#include <catch2/catch.hpp>

using entente::is_stock_line;

TEST_CASE("stock lines") {
  CHECK(is_stock_line("Leave a Reply"));
  CHECK(is_stock_line("Comments are closed."));
  CHECK(is_stock_line("Subscribe to Newsletter"));
  CHECK(is_stock_line("By"));
  CHECK(is_stock_line("By Jane Doe"));
  CHECK(is_stock_line("© 2024 Daily Times"));
  CHECK(is_stock_line("Your email address will not be published. Required fields are marked *"));
  CHECK(is_stock_line("Stay tuned to Baaghi TV for more. Download our app for the latest news, updates!"));
}

TEST_CASE("ordinary lines are not stock lines") {
  CHECK_FALSE(is_stock_line(""));
  CHECK_FALSE(is_stock_line("Pakistan and Russia signed a gas deal."));
  CHECK_FALSE(
      is_stock_line("By the end of the decade both countries had changed course completely, and the "
                    "alliance turned."));
  CHECK_FALSE(
      is_stock_line("Tags of war are everywhere in this long piece about the conflict and what it means "
                    "for the region and its people."));
}

TEST_CASE("frequency cap: none in small corpora, a share in large ones, bounded") {
  CHECK(entente::max_feature_df(5, 0.3, 10) == 5);
  CHECK(entente::max_feature_df(100, 0.3, 10) == 30);
  CHECK(entente::max_feature_df(10000, 0.3, 10) == 200);
}

TEST_CASE("frequency cap: never below the small-corpus size, so it does not fall as a corpus grows") {
  CHECK(entente::max_feature_df(9, 0.3, 10) == 9);
  CHECK(entente::max_feature_df(10, 0.3, 10) == 10);  // was 3: ten documents allowed less than nine
  CHECK(entente::max_feature_df(20, 0.3, 10) == 10);
  CHECK(entente::max_feature_df(33, 0.3, 10) == 10);
  CHECK(entente::max_feature_df(40, 0.3, 10) == 12);
  for (std::size_t n = 2; n < 400; ++n)
    CHECK(entente::max_feature_df(n + 1, 0.3, 10) >= entente::max_feature_df(n, 0.3, 10));
}

TEST_CASE("author notes count up to 40 words; a longer line is never a stock line") {
  std::string note = "The writer is";
  for (int i = 0; i < 37; ++i) note += " x";  // 40 words
  CHECK(entente::is_stock_line(note));
  CHECK(entente::is_stock_line(note + "!!"));
  CHECK_FALSE(entente::is_stock_line(note + " y"));
  CHECK_FALSE(entente::is_stock_line(note + " 1 y"));
  CHECK(entente::is_stock_line(note + " 1 2"));  // digits are no words
}
