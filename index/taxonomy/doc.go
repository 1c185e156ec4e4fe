package taxonomy
