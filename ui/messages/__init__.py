"""The Messages dialogs: each person's text, copy and confirm, queues, SMS CSV."""
