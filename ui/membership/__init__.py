"""The membership card in the window: the 会员卡 tab of the customer card and its dialogs."""
