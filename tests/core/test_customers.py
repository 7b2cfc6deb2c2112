"""Customer validation: the reason names the field, and a refused save writes nothing."""
from __future__ import annotations

import pytest

from custbook.customers import customers, phones
from custbook.customers.customer_list import count_customers_up_to
from custbook.errors import ValidationError
from custbook.models import Customer, CustomerPhone


@pytest.mark.parametrize("typed, number, digits", [
    ("138 0013 8000", "+8613800138000", "13800138000"),
    ("+86 138-0013-8000", "+8613800138000", "13800138000"),
    ("0571-8765 4321", "+8657187654321", "057187654321"),
    ("(010) 6552 9988", "+861065529988", "01065529988"),
    ("+1 415 555 2671", "+14155552671", "14155552671"),
])
def test_phone_numbers_are_normalised(typed, number, digits):
    phone = phones.normalise(typed)
    assert (phone.number, phone.digits) == (number, digits)


@pytest.mark.parametrize("typed, hint", [
    ("12345", "not a valid number"),
    ("138001380", "11 digits"),
    ("hello", "not a phone number"),
    ("", "empty"),
])
def test_wrong_phone_numbers_say_why(typed, hint):
    with pytest.raises(ValidationError) as caught:
        phones.normalise(typed)
    assert caught.value.field == "phone"
    assert hint in caught.value.message


def test_the_name_is_required(book):
    with pytest.raises(ValidationError) as caught:
        customers.save_customer({"name": "   "}, ["13800138000"])
    assert caught.value.field == "name"
    assert Customer.select().count() == 0


def test_a_bad_email_is_refused_by_field(book):
    with pytest.raises(ValidationError) as caught:
        customers.save_customer({"name": "Emily", "email": "emily.example.com"})
    assert caught.value.field == "email"
    assert "emily.example.com" in caught.value.message


def test_a_bad_second_phone_names_that_phone_and_saves_nothing(book):
    with pytest.raises(ValidationError) as caught:
        customers.save_customer({"name": "王芳"}, ["13800138000", "999"])
    assert caught.value.field == "phone1"
    assert Customer.select().count() == 0 and CustomerPhone.select().count() == 0


@pytest.mark.parametrize("data, ok", [
    ({"birthday_calendar": "solar", "birthday_month": 2, "birthday_day": 30}, False),
    ({"birthday_calendar": "solar", "birthday_month": 2, "birthday_day": 29,
      "birth_year": 1990}, False),
    ({"birthday_calendar": "solar", "birthday_month": 2, "birthday_day": 29,
      "birth_year": 1992}, True),
    ({"birthday_calendar": "solar", "birthday_month": 2, "birthday_day": 29}, True),
    ({"birthday_calendar": "lunar", "birthday_month": 12, "birthday_day": 30}, True),
    ({"birthday_calendar": "lunar", "birthday_month": 13, "birthday_day": 1}, False),
    ({"birthday_calendar": "lunar", "birthday_month": 4}, False),
    ({"birth_year": 1850}, False),
])
def test_birthdays_are_checked(book, data, ok):
    if ok:
        assert customers.save_customer({"name": "测试", **data}).id
    else:
        with pytest.raises(ValidationError):
            customers.save_customer({"name": "测试", **data})


def test_saving_again_updates_phones_and_bumps_the_version(book):
    customer = customers.save_customer({"name": "赵敏"}, ["13800138000", "0571 87654321"])
    assert [p.digits for p in customer.phones.order_by(CustomerPhone.id)] == [
        "13800138000", "057187654321"]
    again = customers.save_customer({"name": "赵敏", "hobbies": "瑜伽"}, ["13900139000"],
                                    customer_id=customer.id)
    assert again.version == 2
    assert [p.number for p in CustomerPhone.select()] == ["+8613900139000"]
    assert Customer.get_by_id(customer.id).hobbies == "瑜伽"


def test_the_list_pages_through_customers_in_order(book):
    for name in ["Chen", "Adams", "Brown"]:
        customers.save_customer({"name": name}, [])
    first = customers.list_customers(0, 2, "name")
    rest = customers.list_customers(2, 2, "name")
    assert [r.name for r in first + rest] == ["Adams", "Brown", "Chen"]
    assert customers.count_customers() == 3


def test_a_capped_count_stops_at_its_limit_and_leaves_out_the_trash(book):
    ids = [customers.save_customer({"name": name}, []).id for name in ["甲", "乙", "丙", "丁"]]
    customers.move_to_trash([ids[0]])
    assert count_customers_up_to(10) == 3 == customers.count_customers()
    assert count_customers_up_to(2) == 2
