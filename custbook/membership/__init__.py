"""Membership cards: stored value (储值), points (积分) and count cards (次卡) on one ledger.

- `ledger`: the append-only ledger and the balances kept beside it (every action one
  transaction; a balance row locked on PostgreSQL, an IMMEDIATE transaction on SQLite);
- `accounts`: reading them: a member's balances, the ledger's lines, a count card's history;
- `rules`: how many points a purchase earns (Settings), points and card expiry;
- `numbers`: member numbers (card numbers) and finding a card by one (a scanner);
- `sale`: a purchase paid partly from the balance, earning points;
- `figures`: what the shop owes on cards, the period's top-ups and spend, slipping members;
- `opening`: opening balances imported from another membership system.
"""
