"""Other quiz formats in and out (GIFT, Aiken, Moodle XML, CSV, Anki, JSON Schema), without Qt."""
