"""Messages to send by WeChat or SMS: templates, consent, queues, the SMS platforms' CSV."""
