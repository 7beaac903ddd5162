print("hccreport")
