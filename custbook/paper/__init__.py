"""Every PDF Custbook prints (reportlab), with the shipped CJK font embedded."""
