"""Entities: people, organisations, outlets and places, with their mentions and merges."""
