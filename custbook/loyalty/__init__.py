"""Loyalty and satisfaction: ratings, retention, churn, RFM and the top 20 %.
"""
